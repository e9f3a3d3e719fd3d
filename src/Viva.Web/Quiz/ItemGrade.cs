namespace Viva.Web.Quiz;

/// <summary>
/// A graded quiz item: whether it was right, the answer as stored, why, and the expected answer
/// (program output shown as code, or the correct options as a Markdown list).
/// </summary>
public sealed record ItemGrade(bool Correct, string Answer, string Explanation, string Expected, bool ExpectedIsMarkdown = false);
