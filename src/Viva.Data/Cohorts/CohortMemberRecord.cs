namespace Viva.Data.Cohorts;

/// <summary>A learner in a cohort (an account's id); a person may be in several cohorts.</summary>
public sealed class CohortMemberRecord
{
    public required string CohortId { get; set; }
    public required string UserId { get; set; }
    /// <summary>Unix milliseconds (UTC).</summary>
    public long AddedAt { get; set; }
}
