using System.Text.RegularExpressions;
using Viva.Core.Bank;

namespace Viva.Bench;

/// <summary>
/// The bag-of-words grader that RubricGrader was before issue #12, kept here only so `answers` can print
/// the baseline beside the matcher. Scores a free-text answer against a question's weighted key points. Deliberately simple and
/// explainable: each point's significant terms (code identifiers in backticks, numbers, and content
/// words, lightly stemmed) are looked for in the answer; a point counts as covered when every code
/// term and at least half of its terms appear. The result lists, per point, which terms matched.
/// </summary>
internal static partial class BaselineGrader
{
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "and", "or", "but", "if", "then", "else", "of", "in", "on", "at", "to", "for", "from", "by",
        "with", "without", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
        "these", "those", "not", "no", "so", "do", "does", "did", "can", "could", "may", "might", "must", "should",
        "will", "would", "has", "have", "had", "which", "what", "when", "where", "who", "how", "why", "than", "there",
        "their", "they", "them", "you", "your", "one", "only", "also", "into", "out", "up", "all", "any", "each",
        "other", "more", "most", "such", "same", "own", "just", "over", "under", "about", "after", "before", "while",
        "whether", "because", "via", "per", "e", "g", "i", "eg", "ie", "etc", "vs", "use", "used", "uses", "using",
    ];

    public static (bool[] Covered, int Score) Grade(IReadOnlyList<KeyPoint> points, string answer)
    {
        var answerTerms = Terms(answer).Select(t => t.Stem).ToHashSet();
        var answerCode = CodeTerms(answer).ToHashSet();
        var lowered = answer.ToLowerInvariant();
        var results = new List<(KeyPoint Point, bool Covered)>();
        foreach (var point in points)
        {
            var code = CodeTerms(point.Text).Distinct().ToList();
            var words = Terms(point.Text).DistinctBy(t => t.Stem).ToList();
            var matched = new List<string>();
            var missed = new List<string>();
            foreach (var c in code)
                (answerCode.Contains(c) || lowered.Contains(c, StringComparison.Ordinal) ? matched : missed).Add(c);
            foreach (var (word, stem) in words.Where(w => !code.Contains(w.Word)))
                (answerTerms.Contains(stem) ? matched : missed).Add(word);
            var total = matched.Count + missed.Count;
            var covered = total > 0 && code.All(c => matched.Contains(c)) && matched.Count * 2 >= total;
            results.Add((point, covered));
        }
        var weight = points.Sum(p => p.Weight);
        var score = weight == 0 ? 0 : (int)Math.Round(100.0 * results.Where(r => r.Covered).Sum(r => r.Point.Weight) / weight);
        return (results.Select(r => r.Covered).ToArray(), score);
    }

    /// <summary>Identifiers written as code (`lru_cache`, `__del__`), lowercased.</summary>
    private static IEnumerable<string> CodeTerms(string text) =>
        CodeSpan().Matches(text).Select(m => m.Groups[1].Value.Trim().ToLowerInvariant().TrimEnd('(', ')')).Where(c => c.Length > 1);

    private static IEnumerable<(string Word, string Stem)> Terms(string text) =>
        Word().Matches(text.ToLowerInvariant())
            .Select(m => m.Value.Trim('_'))
            .Where(w => w.Length > 1 && !StopWords.Contains(w))
            .Select(w => (w, Stem(w)));

    /// <summary>A light suffix stripper: "releases", "released", "releasing" all become "releas".</summary>
    private static string Stem(string word)
    {
        foreach (var suffix in (string[])["ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "es", "ed", "ly", "s", "e"])
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
                return word[..^suffix.Length];
        }
        return word;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"[a-z0-9_]+(?:\.[a-z0-9_]+)*")]
    private static partial Regex Word();
}
