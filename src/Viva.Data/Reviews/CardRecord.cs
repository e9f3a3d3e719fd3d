namespace Viva.Data.Reviews;

/// <summary>
/// The FSRS state of one question for the user: a projection of its reviews, updated in the same
/// transaction as each review and rebuilt from the log by <c>viva db rebuild</c>.
/// </summary>
public sealed class CardRecord
{
    public required string QuestionId { get; set; }
    public int State { get; set; }
    public double Stability { get; set; }
    public double Difficulty { get; set; }
    public long DueAt { get; set; }
    public long? LastReviewAt { get; set; }
    public int Step { get; set; }
    public int Reps { get; set; }
    public int Lapses { get; set; }
    public int ScheduledDays { get; set; }
    /// <summary>The content hash seen at the last review; differs from the bank's when the question was edited since.</summary>
    public required string ContentHash { get; set; }
}
