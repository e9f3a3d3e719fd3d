namespace Viva.Data.Attempts;

/// <summary>One run of a candidate's code against an exercise's hidden tests.</summary>
public sealed class ExerciseAttemptRecord
{
    public long Id { get; set; }
    public required string QuestionId { get; set; }
    public long AttemptedAt { get; set; }
    public required string Code { get; set; }
    public int Passed { get; set; }
    public int Total { get; set; }
    public required string ContentHash { get; set; }
    /// <summary>
    /// True for an explicit give-up (no code ran, Total 0), which unlocks the reference solution, and for
    /// every submission after one: the solution was seen, so a pass then is not a solve.
    /// </summary>
    public bool GaveUp { get; set; }
}
