namespace Viva.Core.Bank;

/// <summary>
/// Multiple choice. A <c>choice</c> item has exactly one correct option; a <c>multi</c> item has
/// at least one correct and at least one wrong option, and the candidate must pick all correct ones.
/// </summary>
public sealed record ChoiceItem(string Title, PythonRange Python, bool MultipleAnswers, string Stem, IReadOnlyList<ChoiceOption> Options, int Line)
    : QuizItem(Title, Python, Line)
{
    public override string Kind => MultipleAnswers ? "multi" : "choice";
}
