using Viva.Data.Attempts;

namespace Viva.Web.Exercises;

/// <summary>Where a learner stands on one exercise, as LeetCode's problem list shows it.</summary>
internal enum ExerciseStatus { New, Attempted, GivenUp, Solved }

internal static class ExerciseStatuses
{
    /// <summary>
    /// Solved: some submission passed every test before any give-up. Given up: the solution was shown
    /// (a pass after that does not count). Attempted: submitted, never all passed. New: never submitted.
    /// </summary>
    public static ExerciseStatus Of(IEnumerable<ExerciseAttemptRecord> attempts)
    {
        var list = attempts.ToList();
        if (list.Any(a => !a.GaveUp && a.Total > 0 && a.Passed == a.Total))
            return ExerciseStatus.Solved;
        if (list.Any(a => a.GaveUp))
            return ExerciseStatus.GivenUp;
        return list.Count > 0 ? ExerciseStatus.Attempted : ExerciseStatus.New;
    }

    public static string Label(ExerciseStatus status) => status switch
    {
        ExerciseStatus.Solved => "solved",
        ExerciseStatus.GivenUp => "given up",
        ExerciseStatus.Attempted => "attempted",
        _ => "new",
    };

    /// <summary>The query-string value of a status filter ("given-up").</summary>
    public static string Slug(ExerciseStatus status) => Label(status).Replace(' ', '-');
}
