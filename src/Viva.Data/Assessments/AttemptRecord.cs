namespace Viva.Data.Assessments;

/// <summary>
/// A candidate's attempt at an assessment, opened by an invitation link. The clock is the server's: it
/// starts at <see cref="StartedAt"/> and the attempt is submitted by the candidate or, once the time and
/// its grace are over, as it stands.
/// </summary>
public sealed class AttemptRecord
{
    public required string Id { get; set; }
    public required string AssessmentId { get; set; }
    public required string InvitationId { get; set; }
    public required string CandidateUserId { get; set; }
    public required string CandidateName { get; set; }
    public int ExtraTimePercent { get; set; }
    /// <summary>Whether the candidate agreed to their extra time appearing on the report (it does not otherwise).</summary>
    public bool DiscloseExtraTime { get; set; }
    /// <summary>How the candidate used AI, when the assessment asks for a declaration.</summary>
    public string? AiDeclaration { get; set; }
    /// <summary>Unix milliseconds (UTC), as are the two below.</summary>
    public long CreatedAt { get; set; }
    public long? StartedAt { get; set; }
    public long? SubmittedAt { get; set; }
    /// <summary><c>candidate</c> or <c>time</c>: who ended it.</summary>
    public string? SubmittedBy { get; set; }
    /// <summary>When the work after submission was done (the final code graded, the interviewer told); null until then. Claimed by a conditional update, so one node does it.</summary>
    public long? SettledAt { get; set; }
    /// <summary>The interview whose scorecard holds the written answers, made at submission; null without written questions.</summary>
    public string? InterviewId { get; set; }
}
