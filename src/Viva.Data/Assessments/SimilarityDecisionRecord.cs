namespace Viva.Data.Assessments;

/// <summary>
/// An interviewer's decision on a pair of similar submissions: <c>confirmed</c> or <c>dismissed</c>,
/// with who and when. The log is only appended to; the latest decision on a pair is its state.
/// </summary>
public sealed class SimilarityDecisionRecord
{
    public long Id { get; set; }
    public required string AssessmentId { get; set; }
    public required string QuestionId { get; set; }
    /// <summary>The two attempts, the smaller id first.</summary>
    public required string AttemptA { get; set; }
    public required string AttemptB { get; set; }
    public required string Decision { get; set; }
    public string? Note { get; set; }
    public required string DecidedBy { get; set; }
    /// <summary>Unix milliseconds (UTC).</summary>
    public long DecidedAt { get; set; }
}
