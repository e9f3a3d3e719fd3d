namespace Viva.Data.Interviews;

/// <summary>
/// One candidate's interview: a copy of the kit's questions (editing the kit later changes nothing here),
/// and the panel who score it, each on their own <see cref="ScorecardRecord"/>. A mock interview is the
/// same thing with the candidate alone on the panel, scoring themselves.
/// </summary>
public sealed class InterviewRecord
{
    public required string Id { get; set; }
    public required string Team { get; set; }
    public required string CandidateName { get; set; }
    /// <summary>The candidate's account when they have one (a mock interview always does).</summary>
    public string? CandidateUserId { get; set; }
    public string? KitId { get; set; }
    public required string KitName { get; set; }
    public required string Level { get; set; }
    public int Minutes { get; set; }
    /// <summary>Question ids in the order they are asked, separated by new lines.</summary>
    public required string QuestionIds { get; set; }
    /// <summary>The interviewers' user ids, separated by commas.</summary>
    public required string Panel { get; set; }
    public bool Mock { get; set; }
    public required string CreatedBy { get; set; }
    /// <summary>Unix milliseconds (UTC).</summary>
    public long CreatedAt { get; set; }
    /// <summary>When a mock interview's clock started; null until then.</summary>
    public long? StartedAt { get; set; }
}
