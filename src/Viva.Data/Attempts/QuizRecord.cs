namespace Viva.Data.Attempts;

/// <summary>
/// One quiz taken on the web: the items drawn when it started (as <c>questionId#itemIndex</c> lines),
/// its deadline, and its score once submitted. The answers themselves are <see cref="QuizAnswerRecord"/>s with its id.
/// </summary>
public sealed class QuizRecord
{
    public required string Id { get; set; }
    public long StartedAt { get; set; }
    public long DeadlineAt { get; set; }
    public long? FinishedAt { get; set; }
    /// <summary>What was asked for, as the user would read it ("concurrency · senior · 5 items").</summary>
    public required string Settings { get; set; }
    public required string Items { get; set; }
    public int Correct { get; set; }
    public int Total { get; set; }
}
