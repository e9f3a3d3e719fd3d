namespace Viva.Core.Interviews;

/// <summary>The short form of a key point or a pitfall, for anchors that must fit on one line.</summary>
internal static class KeyPointLabel
{
    private const int MinWords = 3;
    private const int MaxWords = 9;
    private static readonly string[] ClauseBreaks = [" (", "; ", ": ", " — ", " - ", ", "];

    /// <summary>The first clause that says something (three words or more), cut to a few words.</summary>
    public static string Short(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clause = text.Trim();
        var end = ClauseBreaks
            .SelectMany(b => Occurrences(clause, b))
            .Where(i => !InsideCode(clause, i) && clause[..i].Split(' ').Length >= MinWords)
            .DefaultIfEmpty(clause.Length)
            .Min();
        clause = clause[..end].TrimEnd('.', ',', ' ');
        var words = clause.Split(' ');
        if (words.Length <= MaxWords)
            return clause;
        var cut = string.Join(' ', words[..MaxWords]);
        // A cut inside a code span would leave a stray backtick; end before the span instead.
        if (cut.Count(c => c == '`') % 2 == 1)
            cut = cut[..cut.LastIndexOf('`')].TrimEnd();
        return cut.TrimEnd(',', ';', ':', ' ') + "…";
    }

    /// <summary>A pitfall's wrong claim: its quoted opening when it has one, without its full stop ("Python 3.13 removed the GIL").</summary>
    public static string Claim(string pitfall)
    {
        ArgumentNullException.ThrowIfNull(pitfall);
        var text = pitfall.Trim();
        var close = text.StartsWith('"')
            ? Occurrences(text, "\"").FirstOrDefault(i => i > 0 && !InsideCode(text, i))
            : 0;
        return close > 1 ? $"\"{text[1..close].TrimEnd('.')}\"" : Short(text);
    }

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
            yield return i;
    }

    private static bool InsideCode(string text, int index) => text[..index].Count(c => c == '`') % 2 == 1;
}
