namespace Viva.Data.Assessments;

/// <summary>One run of an exercise's hidden tests during an attempt: the code run and each test's outcome (never the test itself).</summary>
public sealed class AttemptRunRecord
{
    public long Id { get; set; }
    public required string AttemptId { get; set; }
    public required string QuestionId { get; set; }
    public required string Code { get; set; }
    public int Passed { get; set; }
    public int Total { get; set; }
    /// <summary>One line per test: its name, a tab, and its outcome as the candidate may see it (<c>passed</c>, <c>wrong result</c>, <c>raised ValueError</c>, ...).</summary>
    public required string Outcomes { get; set; }
    /// <summary>Unix milliseconds (UTC).</summary>
    public long RanAt { get; set; }
    /// <summary>The grading run of the final code after submission (not one of the candidate's runs).</summary>
    public bool Final { get; set; }
}
