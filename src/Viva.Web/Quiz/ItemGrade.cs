namespace Viva.Web.Quiz;

/// <summary>A graded quiz item: whether it was right, the answer as stored, why, and the expected answer.</summary>
public sealed record ItemGrade(bool Correct, string Answer, string Explanation, string Expected);
