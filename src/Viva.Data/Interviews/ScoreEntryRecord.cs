namespace Viva.Data.Interviews;

/// <summary>One question of a scorecard: the key points heard, the 1-4 score, a note, and (in a mock interview) the typed answer.</summary>
public sealed class ScoreEntryRecord
{
    public required string InterviewId { get; set; }
    public required string InterviewerId { get; set; }
    public required string QuestionId { get; set; }
    /// <summary>One <c>1</c>/<c>0</c> per key point in file order.</summary>
    public string Ticks { get; set; } = "";
    /// <summary>1-4; null until chosen.</summary>
    public int? Score { get; set; }
    public string? Note { get; set; }
    /// <summary>The candidate's typed answer in a mock interview; null in a panel interview.</summary>
    public string? Answer { get; set; }
    /// <summary>Unix milliseconds (UTC).</summary>
    public long UpdatedAt { get; set; }
}
