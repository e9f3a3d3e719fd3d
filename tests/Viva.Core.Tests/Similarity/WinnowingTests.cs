using Viva.Core.Similarity;

namespace Viva.Core.Tests.Similarity;

public class WinnowingTests
{
    private static List<PythonToken> Tokens(Random rng, int count) =>
        Enumerable.Range(0, count).Select(_ => new PythonToken(PythonTokenKind.Operator, ((char)('a' + rng.Next(12))).ToString(), 1, 1)).ToList();

    [Theory]
    [InlineData(5, 4)]
    [InlineData(8, 4)]
    [InlineData(12, 8)]
    public void Any_shared_run_of_k_plus_w_minus_1_tokens_shares_a_fingerprint(int k, int w)
    {
        var rng = new Random(15);
        for (var trial = 0; trial < 300; trial++)
        {
            var run = Tokens(rng, k + w - 1);
            var a = Tokens(rng, rng.Next(0, 60)).Concat(run).Concat(Tokens(rng, rng.Next(0, 60))).ToList();
            var b = Tokens(rng, rng.Next(0, 60)).Concat(run).Concat(Tokens(rng, rng.Next(0, 60))).ToList();
            var inA = Winnowing.Select(Winnowing.KGramHashes(a, k), w).Select(f => f.Hash).ToHashSet();
            var inB = Winnowing.Select(Winnowing.KGramHashes(b, k), w).Select(f => f.Hash);
            Assert.True(inB.Any(inA.Contains), $"trial {trial}: a shared run of {k + w - 1} tokens has no shared fingerprint");
        }
    }

    [Fact]
    public void Every_window_holds_a_selected_fingerprint_and_repetition_yields_few()
    {
        var rng = new Random(3);
        var hashes = Winnowing.KGramHashes(Tokens(rng, 200), 5);
        var starts = Winnowing.Select(hashes, 4).Select(f => f.Start).ToList();
        for (var i = 0; i + 4 <= hashes.Length; i++)
            Assert.Contains(starts, s => s >= i && s < i + 4);
        var same = Enumerable.Repeat(new PythonToken(PythonTokenKind.Operator, "+", 1, 1), 100).ToList();
        var repeated = Winnowing.KGramHashes(same, 5);
        Assert.True(Winnowing.Select(repeated, 4).Count <= repeated.Length / 4 + 1, "robust winnowing keeps one of a run of equal hashes per window");
    }
}
