namespace Viva.Data.Cohorts;

/// <summary>
/// A trainer's grade of one learner's written answer (a <c>written_answers</c> row) within a cohort: the key
/// points heard, a 1-4 score and a note. One per cohort, answer and grader; saving again replaces it.
/// </summary>
public sealed class CohortGradeRecord
{
    public required string CohortId { get; set; }
    public long AnswerId { get; set; }
    public required string GraderId { get; set; }
    /// <summary>One <c>1</c>/<c>0</c> per key point in file order.</summary>
    public required string Ticks { get; set; }
    /// <summary>1-4.</summary>
    public int Score { get; set; }
    public string? Note { get; set; }
    /// <summary>Unix milliseconds (UTC).</summary>
    public long GradedAt { get; set; }
}
