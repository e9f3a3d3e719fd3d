namespace Viva.Data.Cohorts;

/// <summary>Work set for a cohort: a topic of the bank to master, or an assessment of the team to submit, by a due date.</summary>
public sealed class CohortAssignmentRecord
{
    public long Id { get; set; }
    public required string CohortId { get; set; }
    /// <summary><see cref="TopicKind"/> or <see cref="AssessmentKind"/>.</summary>
    public required string Kind { get; set; }
    /// <summary>The topic's id in the bank, or the assessment's id.</summary>
    public required string Target { get; set; }
    /// <summary>The end of the due day, Unix milliseconds (UTC).</summary>
    public long DueAt { get; set; }
    public required string CreatedBy { get; set; }
    /// <summary>Unix milliseconds (UTC).</summary>
    public long CreatedAt { get; set; }

    public const string TopicKind = "topic";
    public const string AssessmentKind = "assessment";
}
