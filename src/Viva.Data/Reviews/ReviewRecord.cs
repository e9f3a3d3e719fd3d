namespace Viva.Data.Reviews;

/// <summary>
/// One review, appended and never changed: the review log is the truth, card states are projections of it.
/// Times are Unix milliseconds (UTC) so both SQLite and PostgreSQL order and compare them natively.
/// </summary>
public sealed class ReviewRecord
{
    public long Id { get; set; }
    public required string QuestionId { get; set; }
    public long ReviewedAt { get; set; }
    /// <summary>1-4: Again, Hard, Good, Easy.</summary>
    public int Rating { get; set; }
    public int DurationMs { get; set; }
    /// <summary>The content hash of the question file the user saw, so later edits are detected.</summary>
    public required string ContentHash { get; set; }
    /// <summary>Where the review came from: "practice", "web", "mock", "anki" (an imported Anki history).</summary>
    public required string Source { get; set; }
}
