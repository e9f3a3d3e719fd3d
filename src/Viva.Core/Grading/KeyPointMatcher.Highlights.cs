namespace Viva.Core.Grading;

public static partial class KeyPointMatcher
{
    /// <summary>
    /// Where a point's matched terms stand in its supporting sentence(s): ranges of
    /// <see cref="Evidence.Text"/>, in order and not overlapping, for a page to highlight so the person
    /// sees why the matcher ticked (or nearly ticked) the point. Words are compared as the matcher compares
    /// them (stems and concept groups), so "drops" is found for a point that says "released".
    /// </summary>
    public static IReadOnlyList<Range> MatchedWords(KeyPointCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        if (coverage.Evidence is not { } evidence || coverage.Matched.Count == 0)
            return [];
        var matched = coverage.Matched.ToHashSet(StringComparer.Ordinal);
        var terms = PointTerms(coverage.Point.Text).Where(t => matched.Contains(t.Display)).ToList();
        var lowered = evidence.Text.ToLowerInvariant();
        var marked = new bool[lowered.Length];
        foreach (var code in terms.Where(t => t.Code).Select(t => t.Keys[0]))
        {
            for (var found = lowered.IndexOf(code, StringComparison.Ordinal); found >= 0; found = lowered.IndexOf(code, found + 1, StringComparison.Ordinal))
                Array.Fill(marked, true, found, code.Length);
        }
        var words = terms.Where(t => !t.Code).Select(t => t.Keys[0]).ToList();
        var (read, index) = AsWordsRead(lowered);
        foreach (System.Text.RegularExpressions.Match m in Word().Matches(read))
        {
            var word = m.Value.Trim('_', '.', '-');
            if (word.Length < 2 || !words.Any(key => SameKey(Key(word), key)))
                continue;
            var start = m.Index + m.Value.Length - m.Value.TrimStart('_', '.', '-').Length;
            Array.Fill(marked, true, index[start], index[start + word.Length - 1] + 1 - index[start]);
        }

        var ranges = new List<Range>();
        for (var i = 0; i < marked.Length; i++)
        {
            if (!marked[i])
                continue;
            var start = i;
            while (i < marked.Length && marked[i])
                i++;
            ranges.Add(start..i);
        }
        return ranges;
    }

    /// <summary>
    /// The text as <see cref="Words"/> reads it ("i/o" as "io"), with the index in the text of each of its
    /// characters, so a word found in it can be marked where it stands.
    /// </summary>
    private static (string Read, int[] At) AsWordsRead(string lowered)
    {
        var read = new System.Text.StringBuilder(lowered.Length);
        var at = new List<int>(lowered.Length);
        for (var i = 0; i < lowered.Length; i++)
        {
            if (string.CompareOrdinal(lowered, i, "i/o", 0, 3) == 0)
            {
                read.Append("io");
                at.AddRange([i, i + 2]);
                i += 2;
                continue;
            }
            read.Append(lowered[i]);
            at.Add(i);
        }
        return (read.ToString(), [.. at]);
    }
}
