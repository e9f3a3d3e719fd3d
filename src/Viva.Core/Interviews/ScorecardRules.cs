namespace Viva.Core.Interviews;

/// <summary>
/// What a scorecard entry needs before it is saved. The extremes must be justified: a 4 or a 1 needs a
/// ticked key point or a note. A 1 with nothing ticked is the usual poor answer, yet it still needs a
/// word on what was missing or wrong, as a 4 needs the points that earned it; a 2 or a 3 stands on its own.
/// </summary>
public static class ScorecardRules
{
    /// <summary>One line saying what is missing, or null when the entry can be saved. Ticks are in key-point order.</summary>
    public static string? Validate(int score, IReadOnlyList<bool> tickedKeyPoints, string? note)
    {
        ArgumentNullException.ThrowIfNull(tickedKeyPoints);
        if (score is < 1 or > 4)
            return "A score is 1, 2, 3 or 4.";
        var justified = tickedKeyPoints.Contains(true) || !string.IsNullOrWhiteSpace(note);
        return (score, justified) switch
        {
            (4, false) => "A 4 needs a ticked key point or a note saying what earned it.",
            (1, false) => "A 1 needs a ticked key point or a note saying what was missing or wrong.",
            _ => null,
        };
    }
}
