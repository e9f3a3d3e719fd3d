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

    private static bool IsContent(string token) =>
        token[0] == '`' || char.IsDigit(token[0]) || (char.IsLetter(token[0]) && !LinkWords.Contains(token.ToLowerInvariant()));

    private static IEnumerable<string> Tokens(string sentence) =>
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
