namespace Viva.Data.Attempts;

/// <summary>One answer to one quiz item, graded when given.</summary>
public sealed class QuizAnswerRecord
{
    public long Id { get; set; }
    public required string QuestionId { get; set; }
    /// <summary>The item's position in the question's Quiz section.</summary>
    public int ItemIndex { get; set; }
    public long AnsweredAt { get; set; }
    public bool Correct { get; set; }
    public required string Answer { get; set; }
    public required string ContentHash { get; set; }
    /// <summary>The quiz session it belonged to, if any (null when answered while studying).</summary>
    public string? QuizId { get; set; }
}
