using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Which tokens of a sentence can carry a claim's predicate: a copula or auxiliary ("is", "can", "doesn't"), a
/// note's linking symbol (":", "->", "="), or a verb. A claim links its subject to what it says of it through
/// one of these, and word salad often has none ("cancel request CancelledError the task's current await") or
/// puts the key point's words where no predicate links them. There is no part-of-speech tagger here: a word is
/// a verb when the bank's own prose uses it as one (right after a modal, "to" or a negated auxiliary: "can
/// release", "to call", "doesn't cancel"), in that form or with -s, -es or -ed, and no determiner precedes it
/// ("the call" is a noun).
/// </summary>
internal static partial class Predicates
{
    /// <summary>The clause-sized parts of a sentence: split at semicolons and at a comma before a conjunction, where a new claim starts.</summary>
    public static IEnumerable<string> Segments(string sentence)
    {
        var masked = MaskCode(sentence);
        var from = 0;
        foreach (Match m in SegmentBreak().Matches(masked))
        {
            yield return sentence[from..m.Index];
            from = m.Index + m.Length;
        }
        yield return sentence[from..];
    }

    public static List<string> Tokens(string segment) => Token().Matches(segment).Select(m => m.Value).ToList();

    /// <summary>True when token <paramref name="i"/> of <paramref name="tokens"/> can be a predicate.</summary>
    public static bool IsPredicate(List<string> tokens, int i)
    {
        var token = tokens[i];
        if (LinkSymbols.Contains(token))
            return true;
        if (!char.IsLetter(token[0]))
            return false;
        var lower = token.ToLowerInvariant().Replace('\u2019', '\'');
        if (Auxiliaries.Contains(lower) || lower.EndsWith("n't", StringComparison.Ordinal) || lower.EndsWith("'re", StringComparison.Ordinal))
            return true;
        if (i > 0 && Determiners.Contains(tokens[i - 1].ToLowerInvariant()))
            return false;
        return IsVerb(lower);
    }

    private static bool IsVerb(string word)
    {
        var verbs = Verbs.Value;
        if (verbs.Contains(word))
            return true;
        foreach (var suffix in (string[])["es", "s", "ed", "d"])
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal) && verbs.Contains(word[..^suffix.Length]))
                return true;
        }
        // A doubled consonant before -ed ("dropped", "stopped").
        return word.Length > 5 && word.EndsWith("ed", StringComparison.Ordinal) && word[^3] == word[^4] && verbs.Contains(word[..^3]);
    }

    /// <summary>Code keeps its length but loses its punctuation, so a ";" inside it splits nothing.</summary>
    private static string MaskCode(string text) => CodeSpan().Replace(text, m => "`" + new string('x', m.Length - 2) + "`");

    private static readonly HashSet<string> VerbOpeners =
        ["can", "cannot", "could", "will", "would", "should", "must", "may", "might", "to", "doesn't", "don't", "didn't", "won't", "can't"];

    /// <summary>Words that follow "to" or a modal without being verbs: determiners, pronouns, adverbs, prepositions.</summary>
    private static readonly HashSet<string> NotVerbs =
    [
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "your", "our", "my", "his", "her", "it", "them",
        "they", "you", "we", "itself", "themselves", "each", "every", "all", "any", "some", "no", "not", "never", "also",
        "only", "just", "still", "always", "often", "then", "now", "even", "easily", "safely", "simply", "actually", "again",
        "both", "either", "one", "two", "which", "what", "whom", "whatever", "and", "or", "of", "in", "on", "at", "for",
        "from", "by", "with", "as", "than", "into", "about", "over", "under", "between", "through", "python", "disk",
    ];

    private static readonly HashSet<string> Auxiliaries =
    [
        "is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "does", "do", "did", "can", "cannot", "could",
        "will", "would", "shall", "should", "may", "might", "must", "it's", "that's", "there's", "what's", "who's", "here's",
        "he's", "she's", "i'm", "it'll", "they've", "we've", "you've",
    ];

    private static readonly HashSet<string> Determiners = ["a", "an", "the", "its", "their", "your", "our", "my", "his", "her", "every", "each", "this", "these", "those"];

    /// <summary>The symbols notes write for "is", "gives" or "means".</summary>
    private static readonly HashSet<string> LinkSymbols = [":", "->", "=>", "=", "==", "!=", "\u2192"];

    /// <summary>Verbs in their base form: the words the bank's prose puts right after a modal, "to" or a negated auxiliary.</summary>
    private static readonly Lazy<HashSet<string>> Verbs = new(() =>
    {
        var verbs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in WordOrder.BankProse())
        {
            var tokens = Token().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).ToList();
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                var next = tokens[i + 1];
                if (VerbOpeners.Contains(tokens[i]) && char.IsLetter(next[0]) && !Auxiliaries.Contains(next) && !NotVerbs.Contains(next))
                    verbs.Add(next);
            }
        }
        return verbs;
    });

    [GeneratedRegex(@"`[^`]+`|[A-Za-z][A-Za-z0-9'\u2019_\-]*|\d+(?:\.\d+)*[A-Za-z+]*|->|=>|==|!=|[=:\u2192]")]
    private static partial Regex Token();

    [GeneratedRegex(@";|,\s+(?=(?:and|but|so|which|while|whereas|since|because|though|although|yet|unless|otherwise)\b)")]
    private static partial Regex SegmentBreak();

    [GeneratedRegex("`[^`]+`")]
    private static partial Regex CodeSpan();
}
