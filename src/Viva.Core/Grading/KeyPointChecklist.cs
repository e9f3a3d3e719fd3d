using Viva.Core.Bank;

namespace Viva.Core.Grading;

/// <summary>
/// The key points as a checklist the person confirms: the matcher's ticks are only where it starts.
/// What is stored and what feeds <see cref="RatingSuggestion"/> is the person's ticks, scored by weight.
/// Ticks travel as a string of <c>1</c>/<c>0</c>, one character per key point in file order ("101").
/// </summary>
public static class KeyPointChecklist
{
    /// <summary>The weight of the ticked points over the total weight, 0-100.</summary>
    public static int Score(IReadOnlyList<KeyPoint> points, IReadOnlyList<bool> ticks)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(ticks);
        if (ticks.Count != points.Count)
            throw new ArgumentException($"{ticks.Count} tick(s) for {points.Count} key point(s).", nameof(ticks));
        var total = points.Sum(p => p.Weight);
        var ticked = points.Where((_, i) => ticks[i]).Sum(p => p.Weight);
        return total == 0 ? 0 : (int)Math.Round(100.0 * ticked / total);
    }

    /// <summary>The matcher's pre-ticks of a graded answer.</summary>
    public static bool[] Ticks(RubricResult result) => result.Points.Select(p => p.Covered).ToArray();

    public static string Format(IReadOnlyList<bool> ticks) => string.Concat(ticks.Select(t => t ? '1' : '0'));

    /// <summary>Parses a tick string for <paramref name="count"/> points; null when it is not exactly that.</summary>
    public static bool[]? Parse(string? text, int count)
    {
        if (text is null || text.Length != count || text.Any(c => c is not ('0' or '1')))
            return null;
        return text.Select(c => c == '1').ToArray();
    }

    /// <summary>
    /// The ticks from the 1-based numbers of the ticked points ("1 3"), as forms and the API send them;
    /// null when a number is out of range or repeated, or the text is not numbers.
    /// </summary>
    public static bool[]? FromNumbers(IEnumerable<int> numbers, int count)
    {
        var ticks = new bool[count];
        foreach (var n in numbers)
        {
            if (n < 1 || n > count || ticks[n - 1])
                return null;
            ticks[n - 1] = true;
        }
        return ticks;
    }

    /// <summary>The 1-based numbers of the ticked points: the inverse of <see cref="FromNumbers"/>, as the API answers.</summary>
    public static int[] Numbers(IReadOnlyList<bool> ticks) => [.. Enumerable.Range(1, ticks.Count).Where(n => ticks[n - 1])];
}
