using Viva.Core.Bank;

namespace Viva.Core.Interviews;

/// <summary>
/// What makes a set of questions a kit for a request; proposing and swapping both hold to it.
/// <list type="bullet">
/// <item>The minutes add up to within ±10% of the box (45 gives 41-49: 40.5-49.5 in whole minutes).</item>
/// <item>The questions span at least <see cref="MinAreas"/> areas, so one interview samples more than one corner of Python.</item>
/// <item>Level mix: every question is at the kit's level or one step from it (a senior kit may take mid and
/// staff questions, a mid or a staff kit senior ones), and at least two thirds of the minutes are at the
/// kit's level, so an off-level question is a warm-up or a stretch, never the bulk of the interview.</item>
/// <item>No question twice.</item>
/// </list>
/// </summary>
public static class KitRules
{
    public const int MinAreas = 3;

    public static bool IsEligibleLevel(Level kitLevel, Level questionLevel) => Math.Abs((int)kitLevel - (int)questionLevel) <= 1;

    /// <summary>Whether <paramref name="minutesAtLevel"/> is at least two thirds of <paramref name="totalMinutes"/>.</summary>
    public static bool LevelMixHolds(int minutesAtLevel, int totalMinutes) => 3 * minutesAtLevel >= 2 * totalMinutes;

    /// <summary>Why these questions are not a kit for the request, in one line; null when they are.</summary>
    public static string? Violation(IReadOnlyList<Question> questions, KitRequest request)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(request);
        var total = questions.Sum(q => q.Minutes);
        if (total < request.MinTotal || total > request.MaxTotal)
            return $"The questions take {total} minutes; a {request.Minutes}-minute kit takes {request.MinTotal}-{request.MaxTotal}.";
        var areas = questions.Select(q => q.Area).Distinct().Count();
        if (areas < MinAreas)
            return $"The questions span {areas} area(s); a kit spreads over at least {MinAreas}.";
        if (questions.FirstOrDefault(q => !IsEligibleLevel(request.Level, q.Level)) is { } far)
            return $"'{far.Id}' is a {Name(far.Level)} question, too far from a {Name(request.Level)} kit.";
        if (!LevelMixHolds(questions.Where(q => q.Level == request.Level).Sum(q => q.Minutes), total))
            return $"Less than two thirds of the minutes are at {Name(request.Level)} level.";
        if (questions.GroupBy(q => q.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return $"'{twice.Key}' is in the kit twice.";
        return null;
    }

    internal static string Name(Level level) => level.ToString().ToLowerInvariant();
}
