namespace Viva.Data.Attempts;

/// <summary>
/// One answer to a question's prompt, written or only thought through, with its key-point checklist:
/// what the matcher pre-ticked and what the person confirmed. The confirmed score is the result; the
/// matcher's ticks are kept beside it so its hints can be measured against people's verdicts.
/// </summary>
public sealed class WrittenAnswerRecord
{
    public long Id { get; set; }
    public required string QuestionId { get; set; }
    public required string ContentHash { get; set; }
    public long AnsweredAt { get; set; }
    /// <summary>The answer as written; null when the person only thought it through (nothing to match).</summary>
    public string? Answer { get; set; }
    /// <summary>The matcher's ticks, one <c>1</c>/<c>0</c> per key point in file order; null without a written answer.</summary>
    public string? MatcherTicks { get; set; }
    /// <summary>The person's ticks, one <c>1</c>/<c>0</c> per key point in file order.</summary>
    public required string ConfirmedTicks { get; set; }
    /// <summary>The matcher's score, 0-100; null without a written answer.</summary>
    public int? MatcherScore { get; set; }
    /// <summary>The confirmed weight over the total weight, 0-100: what feeds the rating suggestion.</summary>
    public int Score { get; set; }
    /// <summary>Where it was confirmed: <c>web</c>, <c>api</c> or <c>practice</c>.</summary>
    public required string Source { get; set; }
}
