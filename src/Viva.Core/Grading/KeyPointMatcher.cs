using System.Text.RegularExpressions;
using Viva.Core.Bank;

namespace Viva.Core.Grading;

/// <summary>
/// Pre-ticks the key points a written answer covers, and says which sentence supports each tick. It only
/// hints: a person confirms the checklist. The method is sentence-level and explainable:
/// <list type="number">
/// <item>The answer is split into sentences (and bullet lines), each into clauses.</item>
/// <item>A key point's terms are its code identifiers, numbers and content words (lightly stemmed, mapped
/// through a small table of general synonyms, <see cref="Concepts"/>).</item>
/// <item>A term of the point is found in a sentence only when the clause it sits in has the same polarity
/// (negated or not) as the point's clause that holds it: "is never released" does not support "is released".</item>
/// <item>A sentence that reads as word salad supports nothing: its word order is no more plausible than its
/// own shuffles (<see cref="WordOrder"/>), or determiners, prepositions and conjunctions are followed by words
/// they cannot precede, or function words are capitalised mid-sentence. An answer whose order as a whole is
/// no better than chance supports nothing at all.</item>
/// <item>Content words must be linked, by function words or by the symbols notes use (<see cref="Linkage"/>): a
/// sentence with a long run-on of unlinked content words supports nothing, and an answer whose content words sit
/// in long runs on average, or that is mostly bare comma lists, is word salad that kept chunks of the points.</item>
/// <item>A claim needs a predicate. An answer whose content runs nearly all follow a determiner ("the X of the Y is
/// the Z of the W") strings noun phrases together, and one whose items are nearly all bare phrases ("the first
/// failed item, `map`, eager submission") lists the points' things: both name them without saying anything, and
/// support nothing (<see cref="Linkage.NounPhrases"/>, <see cref="Linkage.Phrases"/>).</item>
/// <item>A passage of three or more sentences (the whole answer, or one paragraph of it) that sets noun phrases side
/// by side with nothing but articles between them ("cancel request CancelledError the task's current await") links
/// nothing (<see cref="Juxtaposition"/>); a paragraph is judged by the noun-phrase cues above as well, so a salad
/// paragraph beside prose supports nothing.</item>
/// <item>The point is ticked when one sentence, or two adjacent ones, hold enough of its weighted terms.</item>
/// </list>
/// Which sentences may support a point at all (the salad cues) is decided in KeyPointMatcher.Salad.cs; which points
/// they support, here.
/// </summary>
public static partial class KeyPointMatcher
{
    /// <summary>Share of a point's weighted terms the supporting sentence(s) must hold.</summary>
    public static double Threshold { get; set; } = 0.3;

    /// <summary>Share of a point's weighted terms that, found in one sentence under the opposite polarity, vetoes the tick (the answer contradicts the point).</summary>
    public static double ContradictionVeto { get; set; } = 0.35;

    public static RubricResult Match(IReadOnlyList<KeyPoint> points, string answer)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (string.IsNullOrWhiteSpace(answer))
            throw new ArgumentException("An empty answer cannot be graded.", nameof(answer));

        var all = Sentences(answer);
        var sentences = Supporting(answer, all);
        var results = new List<KeyPointCoverage>(points.Count);
        foreach (var point in points)
            results.Add(MatchPoint(point, answer, sentences));
        var weight = points.Sum(p => p.Weight);
        var score = weight == 0 ? 0 : (int)Math.Round(100.0 * results.Where(r => r.Covered).Sum(r => r.Point.Weight) / weight);
        return new RubricResult(score, results);
    }

    private static KeyPointCoverage MatchPoint(KeyPoint point, string answer, List<Sentence> sentences)
    {
        var terms = PointTerms(point.Text);
        var total = terms.Sum(t => t.Weight);
        if (total == 0)
            return new KeyPointCoverage(point, false, null, [], []);

        var found = sentences.Select(s => terms.Select(t => Finds(s, t, false)).ToArray()).ToList();
        var contradicted = sentences.Any(s => terms.Where(t => Finds(s, t, true)).Sum(t => t.Weight) / total >= ContradictionVeto);
        double best = -1;
        int bestStart = -1, bestEnd = -1;
        for (var i = 0; i < sentences.Count; i++)
        {
            for (var j = i; j < Math.Min(sentences.Count, i + 2); j++)
            {
                double got = 0;
                for (var t = 0; t < terms.Count; t++)
                {
                    if (found[i][t] || found[j][t])
                        got += terms[t].Weight;
                }
                var share = got / total - (j > i ? 0.05 : 0); // one sentence beats two with the same terms
                if (share > best)
                    (best, bestStart, bestEnd) = (share, i, j);
            }
        }
        if (bestStart < 0)
            return new KeyPointCoverage(point, false, null, [], terms.Select(t => t.Display).ToList());

        var matched = new List<string>();
        var missed = new List<string>();
        for (var t = 0; t < terms.Count; t++)
            (found[bestStart][t] || found[bestEnd][t] ? matched : missed).Add(terms[t].Display);
        var covered = best >= Threshold && !contradicted;
        var start = sentences[bestStart].Start;
        var end = sentences[bestEnd].Start + sentences[bestEnd].Text.Length;
        var evidence = matched.Count == 0 ? null : new Evidence(answer[start..end], start, end - start);
        return new KeyPointCoverage(point, covered, evidence, matched, missed);
    }

    // ---- terms ----

    private sealed record Term(string Display, string[] Keys, bool Code, int Polarity, double Weight);

    private static List<Term> PointTerms(string text)
    {
        var terms = new List<Term>();
        var seen = new HashSet<string>();
        foreach (var clause in Clauses(text, 0))
        {
            var polarity = Polarity(clause.Text);
            foreach (var c in CodeTerms(clause.Text))
            {
                if (seen.Add("`" + c))
                    terms.Add(new Term(c, [c], true, polarity, 2));
            }
            foreach (var w in Words(StripCode(clause.Text)))
            {
                var key = Key(w);
                if (seen.Add(key))
                    terms.Add(new Term(w, [key], false, polarity, 1));
            }
        }
        return terms;
    }

    private static bool Finds(Sentence s, Term term, bool opposite)
    {
        foreach (var clause in s.Clauses)
        {
            if ((clause.Polarity != term.Polarity) != opposite)
                continue;
            if (term.Code)
            {
                if (clause.Lowered.Contains(term.Keys[0], StringComparison.Ordinal))
                    return true;
                continue;
            }
            foreach (var key in clause.Keys)
            {
                if (SameKey(key, term.Keys[0]))
                    return true;
            }
        }
        return false;
    }

    private static bool SameKey(string a, string b)
    {
        if (a == b)
            return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 5 && !shorter.StartsWith('#') && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    /// <summary>A word's matching key: its concept group when it has one, else its stem.</summary>
    private static string Key(string word)
    {
        if (Concepts.Group(word) is { } g)
            return g;
        var stem = Stem(word);
        return Concepts.Group(stem) ?? stem;
    }

    /// <summary>Identifiers written as code (`lru_cache`, `__del__`), lowercased.</summary>
    private static IEnumerable<string> CodeTerms(string text) =>
        CodeSpan().Matches(text).Select(m => m.Groups[1].Value.Trim().ToLowerInvariant().TrimEnd('(', ')')).Where(c => c.Length > 1);

    private static string StripCode(string text) => CodeSpan().Replace(text, " ");

    private static IEnumerable<string> Words(string text) =>
        Word().Matches(text.ToLowerInvariant().Replace("i/o", "io", StringComparison.Ordinal))
            .Select(m => m.Value.Trim('_', '.', '-'))
            .Where(w => w.Length > 1 && !StopWords.Contains(w) && !Negations.Contains(w));

    /// <summary>A light suffix stripper: "releases", "released", "releasing" all become "releas".</summary>
    internal static string Stem(string word)
    {
        if (word.Length > 3 && word.EndsWith("n't", StringComparison.Ordinal))
            return word;
        foreach (var suffix in (string[])["ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ies", "ied", "ers", "er", "ors", "or", "es", "ed", "ly", "s", "e"])
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
                return word[..^suffix.Length];
        }
        return word;
    }

    // ---- sentences, clauses, polarity ----

    private sealed record Clause(string Text, string Lowered, int Polarity, string[] Keys);

    private sealed record Sentence(string Text, int Start, List<Clause> Clauses);

    private static List<Sentence> Sentences(string answer)
    {
        var result = new List<Sentence>();
        var start = 0;
        for (var i = 0; i <= answer.Length; i++)
        {
            var boundary = i == answer.Length || answer[i] == '\n'
                || (answer[i] is '.' or '!' or '?' && (i + 1 == answer.Length || char.IsWhiteSpace(answer[i + 1])) && !InCode(answer, start, i));
            if (!boundary)
                continue;
            var end = answer[i..].Length > 0 && answer[i] != '\n' ? i + 1 : i;
            Add(start, end);
            start = end;
        }
        return result;

        void Add(int from, int to)
        {
            while (from < to && (char.IsWhiteSpace(answer[from]) || answer[from] is '-' or '*' or '•'))
                from++;
            while (to > from && char.IsWhiteSpace(answer[to - 1]))
                to--;
            if (to - from < 2)
                return;
            var text = answer[from..to];
            result.Add(new Sentence(text, from, Clauses(text, from).ToList()));
        }
    }

    private static bool InCode(string text, int from, int at) => text[from..at].Count(c => c == '`') % 2 == 1;

    private static IEnumerable<Clause> Clauses(string text, int offset)
    {
        foreach (var part in ClauseSpans(text).Select(c => text[c.From..c.To]))
        {
            if (part.Trim().Length == 0)
                continue;
            var keys = Words(StripCode(part)).Select(Key).ToArray();
            yield return new Clause(part, part.ToLowerInvariant(), Polarity(part), keys);
        }
    }

    /// <summary>
    /// 1 when the clause is negated, else 0. Any negator negates: in answers and key points two negators in one
    /// clause are nearly always coordinated ("does not X and does not Y", "neither X nor Y"), not a double
    /// negative, so counting parity read them as positive. "Not only" and "not just" do not negate.
    /// </summary>
    private static int Polarity(string clause)
    {
        var text = NotOnly().Replace(StripCode(clause).ToLowerInvariant().Replace("n't", " not", StringComparison.Ordinal), " ");
        if (DeniedThat().IsMatch(text)) // "it is false that X", "it's a myth that X" deny X without a negator
            return 1;
        foreach (Match m in Word().Matches(text))
        {
            // "Instead" and "rather" reject only what follows "of" and "than" ("instead of `__del__`");
            // "call `Base.x.fset` instead" is an affirmative advice.
            if (Negations.Contains(m.Value) && (m.Value is not ("instead" or "rather") || text.AsSpan(m.Index + m.Length).TrimStart().StartsWith(m.Value == "instead" ? "of" : "than")))
                return 1;
        }
        return 0;
    }

    private static readonly HashSet<string> Negations =
        ["not", "no", "never", "cannot", "none", "nothing", "neither", "nor", "without", "nobody", "nowhere", "instead", "rather"];

    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "and", "or", "but", "if", "then", "else", "of", "in", "on", "at", "to", "for", "from", "by",
        "with", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
        "these", "those", "so", "do", "does", "did", "can", "could", "may", "might", "must", "should",
        "will", "would", "has", "have", "had", "which", "what", "when", "where", "who", "how", "why", "than", "there",
        "their", "they", "them", "you", "your", "one", "only", "also", "into", "out", "up", "all", "any", "each",
        "other", "more", "most", "such", "same", "own", "just", "over", "under", "about", "after", "before", "while",
        "whether", "because", "via", "per", "e", "g", "i", "eg", "ie", "etc", "vs", "use", "used", "uses", "using",
        "we", "our", "my", "me", "he", "she", "his", "her", "i'd", "i'm", "it's", "get", "gets", "got", "make", "makes",
        "made", "way", "thing", "things", "still", "even", "every", "very", "much", "many", "too", "here", "now",
        "like", "well", "yes", "then", "once", "again", "rather", "both", "either", "some", "anything", "something",
    ];

    [GeneratedRegex(@"\b(?:false|untrue|a myth|a misconception)\s+that\b")]
    private static partial Regex DeniedThat();

    [GeneratedRegex(@"\bnot (?:only|just)\b")]
    private static partial Regex NotOnly();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"[a-z0-9_][a-z0-9_'\-]*(?:\.[a-z0-9_]+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[;:()\u2014]|\s-\s|,\s+(?=(?:but|while|whereas|so|and|which|not|since|because|though|although|yet|or|unless|otherwise|instead)\b)|\b(?=but\b|whereas\b|rather than\b|instead of\b)")]
    private static partial Regex ClauseBreak();
}

/// <summary>The sentence (or two adjacent sentences) of an answer that support a key point, with its character span in the answer.</summary>
public sealed record Evidence(string Text, int Start, int Length);
