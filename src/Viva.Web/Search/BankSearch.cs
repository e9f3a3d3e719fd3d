using System.Text.RegularExpressions;
using Viva.Core.Bank;

namespace Viva.Web.Search;

/// <summary>
/// Full-text search over titles, questions, answers, key points and tags: an in-memory inverted index
/// built once at start-up (the bank is a few hundred files), ranked by field weight and term rarity.
/// Every query term must match, as a word prefix, so "decor" finds "decorator".
/// </summary>
internal sealed partial class BankSearch
{
    private readonly IReadOnlyList<Question> _questions;
    private readonly Dictionary<string, Dictionary<int, double>> _index = new(StringComparer.Ordinal);
    private readonly string[] _terms;
    private readonly string[] _plain;

    public BankSearch(IReadOnlyList<Question> questions)
    {
        _questions = questions;
        _plain = new string[questions.Count];
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            Add(i, q.Title, 5);
            Add(i, string.Join(' ', q.Tags), 4);
            Add(i, q.Topic + " " + q.Area, 3);
            Add(i, q.Prompt.Markdown, 2);
            Add(i, string.Join(' ', q.KeyPoints.Select(k => k.Text)), 1.5);
            Add(i, q.Answer.Markdown, 1);
            _plain[i] = Collapse(q.Prompt.Markdown + " " + q.Answer.Markdown);
        }
        _terms = _index.Keys.Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Every match, best first (an empty query: every question the filter admits, in bank order); callers page.</summary>
    public IReadOnlyList<SearchHit> Find(string? query, SearchFilter filter, int limit = int.MaxValue)
    {
        var words = Words(query ?? "").Distinct().ToList();
        if (words.Count == 0)
            return _questions.Select((q, i) => (q, i)).Where(t => filter.Matches(t.q)).Take(limit).Select(t => new SearchHit(t.q, 0, Snippet(t.i, []))).ToList();
        Dictionary<int, double>? scores = null;
        foreach (var word in words)
        {
            var found = new Dictionary<int, double>();
            foreach (var term in Prefixed(word))
            {
                var postings = _index[term];
                var idf = Math.Log(1 + (double)_questions.Count / postings.Count);
                var exact = term.Length == word.Length ? 1.0 : 0.6;
                foreach (var (doc, weight) in postings)
                    found[doc] = found.GetValueOrDefault(doc) + weight * idf * exact;
            }
            scores = scores is null ? found : scores.Where(s => found.ContainsKey(s.Key)).ToDictionary(s => s.Key, s => s.Value + found[s.Key]);
        }
        return scores!.Where(s => filter.Matches(_questions[s.Key]))
            .OrderByDescending(s => s.Value).ThenBy(s => _questions[s.Key].Id, StringComparer.Ordinal)
            .Take(limit).Select(s => new SearchHit(_questions[s.Key], Math.Round(s.Value, 3), Snippet(s.Key, words))).ToList();
    }

    private IEnumerable<string> Prefixed(string word)
    {
        var start = Array.BinarySearch(_terms, word, StringComparer.Ordinal);
        if (start < 0)
            start = ~start;
        for (var i = start; i < _terms.Length && _terms[i].StartsWith(word, StringComparison.Ordinal); i++)
            yield return _terms[i];
    }

    private void Add(int doc, string text, double weight)
    {
        foreach (var word in Words(text))
        {
            if (!_index.TryGetValue(word, out var postings))
                _index[word] = postings = [];
            // Repeats count, but with diminishing returns so a long answer does not drown a title.
            postings[doc] = postings.TryGetValue(doc, out var w) ? w + weight * 0.25 : weight;
        }
    }

    private string Snippet(int doc, List<string> words)
    {
        var text = _plain[doc];
        var at = words.Select(w => text.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, at - 60);
        var snippet = text.Substring(start, Math.Min(200, text.Length - start));
        return (start > 0 ? "…" : "") + snippet + (start + snippet.Length < text.Length ? "…" : "");
    }

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value.Trim('_')).Where(w => w.Length > 1);

    private static string Collapse(string markdown) => Space().Replace(markdown.Replace("`", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex("[a-z0-9_]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
