using Viva.Core.Bank;
using Viva.Core.Followups;
using Viva.Sandbox;

namespace Viva.Core.Tests.Followups;

/// <summary>"Explain your code" follow-ups from a submission's AST, outlined by the machine's CPython in the sandbox.</summary>
public sealed class CodeFollowupsTests
{
    private const string Submission = """
        import heapq

        def top_k(items, k):
            heap = []
            for x in items:
                heapq.heappush(heap, x)
                if len(heap) > k:
                    heapq.heappop(heap)
            return sorted(heap, reverse=True)

        def depth(node):
            if node is None:
                return 0
            return 1 + max((depth(c) for c in node.children), default=0)

        def zero_pairs(values):
            seen = set()
            found = []
            for a in values:
                for b in values:
                    try:
                        if a + b == 0 and a not in seen:
                            seen.add(a)
                            found.append((a, b))
                    except TypeError:
                        pass
            return found
        """;

    private static readonly KeyPoint[] Rubric =
    [
        new(3, "A heap of size k keeps the k largest items in O(n log k) time", 1),
        new(2, "Recursion depth is bounded by the recursion limit; deep trees need an explicit stack", 2),
        new(1, "Names the edge cases: empty input and k larger than the input", 3),
    ];

    private static async Task<(CodeOutline? Outline, string? Problem)> OutlineAsync(string code)
    {
        await using var runner = new PythonRunner(PythonInterpreter.Find() ?? throw new InvalidOperationException("python3 is required for these tests"));
        var run = await runner.RunAsync(new RunRequest { Code = CodeOutline.Script, Stdin = code });
        return CodeOutline.Parse(run.Stdout);
    }

    [Fact]
    public async Task The_outline_names_the_functions_loops_structures_and_handlers_CPython_parses()
    {
        var (outline, problem) = await OutlineAsync(Submission);

        Assert.Null(problem);
        Assert.Equal(["top_k", "depth", "zero_pairs"], outline!.Functions.Select(f => f.Name));
        Assert.Equal([false, true, false], outline.Functions.Select(f => f.Recursive));
        Assert.Contains(outline.Loops, l => l is { Kind: "for", Over: "values", Depth: 1, Function: "zero_pairs" });
        Assert.Contains(outline.Structures, s => s is { Kind: "heap", Name: "heap", Function: "top_k" });
        Assert.Contains(outline.Structures, s => s is { Kind: "set", Name: "seen" });
        Assert.Equal(["TypeError"], outline.Handlers.Select(h => h.Exception));
    }

    [Fact]
    public async Task Code_that_does_not_parse_is_reported_not_outlined()
    {
        var (outline, problem) = await OutlineAsync("def broken(:\n    pass\n");

        Assert.Null(outline);
        Assert.StartsWith("the code does not parse (line 1", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follow_ups_quote_the_candidates_own_identifiers_failed_tests_first_each_tied_to_a_key_point()
    {
        var (outline, _) = await OutlineAsync(Submission);

        var followups = CodeFollowups.Propose(outline!, ["k_larger_than_input"], Rubric);

        Assert.InRange(followups.Count, 3, 5);
        Assert.Contains("“k_larger_than_input”", followups[0].Text, StringComparison.Ordinal);
        Assert.All(followups, f =>
        {
            Assert.Contains($"`{f.Identifier}", f.Text, StringComparison.Ordinal);
            Assert.Contains(f.Identifier, Submission, StringComparison.Ordinal);
        });
        Assert.Same(Rubric[2], followups[0].KeyPoint);
        var recursion = Assert.Single(followups, f => f.Identifier == "depth");
        Assert.Same(Rubric[1], recursion.KeyPoint);
        Assert.Contains(followups, f => f.Text.Contains("runs inside the loop over `values` (line 19)", StringComparison.Ordinal));
        Assert.Single(followups, f => f.Identifier == "heap");
        Assert.Equal(followups, CodeFollowups.Propose(outline!, ["k_larger_than_input"], Rubric));
    }

    [Fact]
    public async Task Different_code_gets_different_questions()
    {
        var (mine, _) = await OutlineAsync(Submission);
        var (theirs, _) = await OutlineAsync("def total(prices):\n    return sum(prices)\n");

        var a = CodeFollowups.Propose(mine!, [], Rubric).Select(f => f.Text);
        var b = CodeFollowups.Propose(theirs!, [], Rubric);

        Assert.Empty(a.Intersect(b.Select(f => f.Text)));
        Assert.Equal("total", Assert.Single(b).Identifier);
    }
}
