namespace Viva.Data.Assessments;

/// <summary>
/// One candidate's link to an assessment. The link is signed with the assessment's key and names this
/// row; it works once (<see cref="UsedAt"/> is set by a conditional update) and until <see cref="ExpiresAt"/>.
/// </summary>
public sealed class AssessmentInvitationRecord
{
    public required string Id { get; set; }
    public required string AssessmentId { get; set; }
    public required string CandidateName { get; set; }
    public required string CandidateEmail { get; set; }
    /// <summary>Extra time granted as an accommodation, in percent (0, 25, 50 or 100).</summary>
    public int ExtraTimePercent { get; set; }
    public required string CreatedBy { get; set; }
    /// <summary>Unix milliseconds (UTC), as are the two below.</summary>
    public long CreatedAt { get; set; }
    public long ExpiresAt { get; set; }
    public long? UsedAt { get; set; }
    /// <summary>The attempt the link opened; null until used.</summary>
    public string? AttemptId { get; set; }
}
