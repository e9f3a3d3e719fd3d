using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// How a sentence links its content words. A claim, in prose or in terse notes, ties its content words
/// together every few words: prose with function words ("is released on blocking I/O"), notes with symbols
/// ("dropped on io -> threads ok", "`Lock`: non-reentrant", "GIL = 1 mutex"). Word salad that keeps local
/// chunks of a key point ("`asyncio.wait` done pending sets never cancels 3.11 bare coroutines refuses")
/// passes a word-order test but leaves its content words unlinked: long runs with nothing between them, or
/// comma lists of bare nouns ("Singletons, members, `is`, definition class, ..."), which name things without
/// saying anything about them.
/// </summary>
internal static partial class Linkage
{
    /// <summary>
    /// The runs of content tokens (words, code, numbers) of a sentence with no function word or linking symbol
    /// between them: their longest, the number of content tokens, and the sum of the runs' squares (so
    /// squares / content is the length of the run an average content token sits in).
    /// </summary>
    public static (int Longest, int Content, int Squares) Runs(string sentence)
    {
        int run = 0, longest = 0, content = 0, squares = 0;
        foreach (var token in Tokens(sentence).Append("."))
        {
            if (IsContent(token))
            {
                run++;
                continue;
            }
            longest = Math.Max(longest, run);
            content += run;
            squares += run * run;
            run = 0;
        }
        return (longest, content, squares);
    }

    /// <summary>
    /// True for a comma list of bare items: at least four items (split at commas and semicolons), three in four
    /// of them one to three content tokens with no function word, and no linking symbol anywhere. Notes that list
    /// things name what the list is about with a colon, arrow or "=" ("`functools.wraps`: copies `__name__`, ...")
    /// or a verb phrase around it, so they are not bare lists.
    /// </summary>
    public static bool IsBareList(string sentence)
    {
        var items = new List<List<string>> { new() };
        foreach (var token in Tokens(sentence))
        {
            if (LinkSymbols.Contains(token))
                return false;
            if (token is "," or ";")
                items.Add([]);
            else
                items[^1].Add(token);
        }
        items.RemoveAll(i => i.Count == 0);
        if (items.Count < 4)
            return false;
        var bare = items.Count(i => i.Count <= 3 && i.All(IsContent));
        return bare * 4 >= items.Count * 3;
    }

    /// <summary>
    /// The runs of content tokens of a sentence, and how many of them a determiner opens ("the", "a", "its", ...).
    /// A determiner opens a noun phrase; a predicate (a verb, or a note's symbol) is never opened by one. Prose
    /// and notes predicate: about half their runs or fewer follow a determiner. Text that strings noun phrases
    /// together with "of", "for", "with" and a copula ("the X of the Y is the Z of the W") names the key points'
    /// things without saying anything about them, and nearly every one of its runs follows a determiner.
    /// </summary>
    public static (int Runs, int Determined) NounPhrases(string sentence)
    {
        int runs = 0, determined = 0;
        string? previous = null;
        var inRun = false;
        foreach (var token in Tokens(sentence))
        {
            if (!IsContent(token))
                inRun = false;
            else if (!inRun)
            {
                inRun = true;
                runs++;
                if (previous is not null && Determiners.Contains(previous.ToLowerInvariant()))
                    determined++;
            }
            previous = token;
        }
        return (runs, determined);
    }

    /// <summary>
    /// The items of a sentence (split at commas and semicolons) and how many are bare phrases: up to six tokens of
    /// content words, optionally opened by a determiner and coordinated by "and", "or" or "/" ("the first failed
    /// item", "crashes and hangs", "`None`/`True`"), with no other function word and no linking symbol. A claim
    /// needs a verb, a preposition or a note's symbol somewhere; an answer that is nearly all such items is a
    /// list of the key points' phrases, not an answer.
    /// </summary>
    public static (int Items, int Bare) Phrases(string sentence)
    {
        int items = 0, bare = 0;
        var item = new List<string>();
        foreach (var token in Tokens(sentence).Append(","))
        {
            if (token is not ("," or ";"))
            {
                item.Add(token);
                continue;
            }
            if (item.Count == 0)
                continue;
            items++;
            if (IsBarePhrase(item))
                bare++;
            item.Clear();
        }
        return (items, bare);
    }

    private static bool IsBarePhrase(List<string> item) =>
        item.Count <= 6 && IsContent(item[^1]) && (IsContent(item[0]) || Determiners.Contains(item[0].ToLowerInvariant()))
        && item.All(t => IsContent(t) || Determiners.Contains(t.ToLowerInvariant()) || t is "and" or "or" or "/");

    /// <summary>Words that open a noun phrase ("that" and "this" are left out: they as often open a clause or stand alone).</summary>
    internal static readonly HashSet<string> Determiners = ["a", "an", "the", "its", "their", "your", "our", "my", "his", "her", "every", "each", "some", "these", "those"];

    internal static bool IsContent(string token) =>
        token[0] == '`' || char.IsDigit(token[0]) || (char.IsLetter(token[0]) && !LinkWords.Contains(token.ToLowerInvariant()) && !IsContraction(token));

    /// <summary>"doesn't", "it's", "they're": an auxiliary or pronoun and its clitic, function words both ("task's" is a possessive noun).</summary>
    private static bool IsContraction(string token)
    {
        var lower = token.ToLowerInvariant();
        var apostrophe = lower.IndexOf('\'', StringComparison.Ordinal);
        return apostrophe > 0 && (lower.EndsWith("n't", StringComparison.Ordinal) || LinkWords.Contains(lower[..apostrophe]));
    }

    internal static IEnumerable<string> Tokens(string sentence) =>
        Token().Matches(sentence.Replace("I/O", "IO", StringComparison.OrdinalIgnoreCase)).Select(m => m.Value);

    /// <summary>Symbols notes use in place of a verb or preposition (a period ends the sentence, so it is not here).</summary>
    private static readonly HashSet<string> LinkSymbols = ["->", "=>", "=", "!=", "==", "<", ">", ":", "(", ")", "/", "+", "\u2192", "\u2014", "-"];

    /// <summary>Function words: determiners, pronouns, prepositions, conjunctions, auxiliaries, negators and the adverbs that glue clauses.</summary>
    private static readonly HashSet<string> LinkWords =
    [
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "your", "our", "my", "his", "her", "every", "each",
        "some", "any", "no", "all", "both", "either", "neither", "it", "they", "them", "we", "you", "i", "he", "she", "one",
        "which", "who", "what", "whose", "there", "of", "in", "on", "at", "to", "for", "from", "by", "with", "into", "onto",
        "through", "during", "until", "via", "per", "between", "without", "about", "under", "over", "after", "before", "as",
        "than", "like", "and", "or", "but", "nor", "if", "when", "while", "because", "since", "unless", "though", "although",
        "so", "then", "yet", "whether", "where", "how", "why", "is", "are", "was", "were", "be", "been", "being", "am", "does",
        "do", "did", "has", "have", "had", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "not",
        "never", "only", "also", "still", "just", "once", "even", "too", "very", "instead", "rather",
    ];

    [GeneratedRegex(@"`[^`]+`|[A-Za-z][A-Za-z0-9'_\-]*|\d+(?:\.\d+)*[A-Za-z+]*|->|=>|!=|==|[=<>:;,()/+\u2192\u2014]|(?<=\s)-(?=\s)")]
    private static partial Regex Token();
}
