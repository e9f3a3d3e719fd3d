namespace Viva.Core.Similarity;

/// <summary>
/// Compares submissions to one exercise by winnowed fingerprints of normalised tokens. Every k-gram of the shared code
/// (the exercise's starter and the code in its prompt: what every correct solution must contain) is excluded before
/// comparing, so two candidates who both kept the starter's signatures do not match on them.
/// </summary>
public sealed class SimilarityEngine
{
    private readonly HashSet<ulong> _excluded = [];

    public SimilarityEngine(SimilarityOptions options, IEnumerable<string> sharedCode)
    {
        Options = options;
        foreach (var code in sharedCode)
            _excluded.UnionWith(Winnowing.KGramHashes(PythonTokenizer.Tokenize(code, options.KeepBuiltins), options.K));
    }

    public SimilarityOptions Options { get; }

    /// <summary>Tokenizes, winnows and removes the shared code's fingerprints.</summary>
    public FingerprintedCode Fingerprint(string code)
    {
        var tokens = PythonTokenizer.Tokenize(code, Options.KeepBuiltins);
        var prints = Winnowing.Select(Winnowing.KGramHashes(tokens, Options.K), Options.W).Where(f => !_excluded.Contains(f.Hash)).ToList();
        return new FingerprintedCode(tokens, prints);
    }

    /// <summary>Fewer normalised tokens than the guarantee run, or fewer fingerprints of its own than the minimum.</summary>
    public bool IsTooShort(FingerprintedCode code) =>
        code.Tokens.Count < Options.GuaranteedRun || code.Hashes.Count < Options.MinFingerprints;

    public SimilarityResult Compare(string a, string b) => Compare(Fingerprint(a), Fingerprint(b));

    public SimilarityResult Compare(FingerprintedCode a, FingerprintedCode b)
    {
        if (IsTooShort(a) || IsTooShort(b))
            return new SimilarityResult(SimilarityVerdict.TooShort, 0, 0, 0, []);
        var shared = a.Hashes.Count(b.Hashes.Contains);
        var shareA = (double)shared / a.Hashes.Count;
        var shareB = (double)shared / b.Hashes.Count;
        var dice = 2.0 * shared / (a.Hashes.Count + b.Hashes.Count);
        var verdict = Math.Max(shareA, shareB) >= Options.Threshold ? SimilarityVerdict.Flagged : SimilarityVerdict.NotSimilar;
        return new SimilarityResult(verdict, shareA, shareB, dice, shared == 0 ? [] : Regions(a, b));
    }

    /// <summary>
    /// Pairs every occurrence of a shared fingerprint in A with its occurrences in B, then joins pairs on the same
    /// diagonal (the same offset between A and B) whose k-grams overlap or lie within a window of each other: one region
    /// per stretch copied in one piece. Regions inside a larger one are dropped.
    /// </summary>
    private List<MatchRegion> Regions(FingerprintedCode a, FingerprintedCode b)
    {
        var inB = b.Fingerprints.GroupBy(f => f.Hash).ToDictionary(g => g.Key, g => g.Select(f => f.Start).ToList());
        var pairs = a.Fingerprints.Where(f => inB.ContainsKey(f.Hash))
            .SelectMany(f => inB[f.Hash].Select(sb => (A: f.Start, B: sb)))
            .OrderBy(p => p.A - p.B).ThenBy(p => p.A).ToList();
        var k = Options.K;
        var spans = new List<(int A0, int A1, int B0, int B1, int Count)>();
        foreach (var (pa, pb) in pairs)
        {
            if (spans.Count > 0 && spans[^1] is var last && last.A0 - last.B0 == pa - pb && pa <= last.A1 + Options.W)
                spans[^1] = (last.A0, pa + k - 1, last.B0, pb + k - 1, last.Count + 1);
            else
                spans.Add((pa, pa + k - 1, pb, pb + k - 1, 1));
        }
        var kept = new List<(int A0, int A1, int B0, int B1, int Count)>();
        foreach (var s in spans.OrderByDescending(s => s.A1 - s.A0))
        {
            if (!kept.Any(o => o.A0 <= s.A0 && s.A1 <= o.A1 && o.B0 <= s.B0 && s.B1 <= o.B1))
                kept.Add(s);
        }
        return kept.OrderBy(s => s.A0)
            .Select(s => new MatchRegion(a.Tokens[s.A0].Line, a.Tokens[s.A1].Line, b.Tokens[s.B0].Line, b.Tokens[s.B1].Line, s.Count))
            .ToList();
    }
}
