using Viva.Core.Bank;

namespace Viva.Core.Interviews;

/// <summary>
/// The plain reasons no kit can exist, checked before searching, so the interviewer reads what to change
/// (a longer box, more areas, another level) rather than "nothing found".
/// </summary>
internal static class KitDiagnosis
{
    public static string? WhyNone(KitRequest request, IReadOnlyList<Question> pinned, IReadOnlyList<Question> pool)
    {
        var level = KitRules.Name(request.Level);
        var all = pinned.Concat(pool).ToList();
        if (all.Count == 0)
            return $"No {level} questions left to draw from: all are excluded or outside the chosen areas and topics.";

        var areas = all.Select(q => q.Area).Distinct().Order(StringComparer.Ordinal).ToList();
        if (areas.Count < KitRules.MinAreas)
            return $"The questions to draw from span only {areas.Count} area(s) ({string.Join(", ", areas)}); a kit spreads over at least {KitRules.MinAreas}.";

        var pinnedMinutes = pinned.Sum(q => q.Minutes);
        if (pinnedMinutes > request.MaxTotal)
            return $"The kept questions take {pinnedMinutes} minutes, more than the {request.MaxTotal} a {request.Minutes}-minute kit allows.";
        var pinnedOffLevel = pinned.Where(q => q.Level != request.Level).Sum(q => q.Minutes);
        if (3 * pinnedOffLevel > request.MaxTotal)
            return $"The kept questions off {level} level take {pinnedOffLevel} minutes; at most a third of a {request.Minutes}-minute kit may be.";

        var atLevel = all.Where(q => q.Level == request.Level).Sum(q => q.Minutes);
        var atLevelNeeded = (2 * request.MinTotal + 2) / 3;
        if (atLevel < atLevelNeeded)
            return $"Only {atLevel} minutes of {level} questions to draw from; a {request.Minutes}-minute {level} kit needs at least {atLevelNeeded} (two thirds of {request.MinTotal}).";

        var available = all.Sum(q => q.Minutes);
        if (available < request.MinTotal)
            return $"All the questions to draw from take {available} minutes; a {request.Minutes}-minute kit needs at least {request.MinTotal}.";

        var shortest = ShortestSpread(pinned, pool);
        if (shortest > request.MaxTotal)
            return $"A {request.Minutes}-minute box is too small for {KitRules.MinAreas} areas: the shortest questions from {KitRules.MinAreas} areas take {shortest} minutes, and at most {request.MaxTotal} fit.";
        return null;
    }

    /// <summary>The fewest minutes that span the minimum of areas: the kept questions plus the shortest question of each missing area.</summary>
    private static int ShortestSpread(IReadOnlyList<Question> pinned, IReadOnlyList<Question> pool)
    {
        var covered = pinned.Select(q => q.Area).ToHashSet();
        var missing = Math.Max(0, KitRules.MinAreas - covered.Count);
        return pinned.Sum(q => q.Minutes) + pool
            .Where(q => !covered.Contains(q.Area))
            .GroupBy(q => q.Area)
            .Select(g => g.Min(q => q.Minutes))
            .Order()
            .Take(missing)
            .Sum();
    }
}
