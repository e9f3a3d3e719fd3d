namespace Viva.Data.Interviews;

/// <summary>
/// One interviewer's scorecard for one interview. Until it is submitted the interviewer cannot see anyone
/// else's (blind scoring); once submitted it no longer changes.
/// </summary>
public sealed class ScorecardRecord
{
    public required string InterviewId { get; set; }
    public required string InterviewerId { get; set; }
    /// <summary>Unix milliseconds (UTC); null while it is a draft.</summary>
    public long? SubmittedAt { get; set; }
}
