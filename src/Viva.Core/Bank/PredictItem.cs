namespace Viva.Core.Bank;

/// <summary>Predict-the-output: the candidate types what the code prints.</summary>
public sealed record PredictItem(string Title, PythonRange Python, string Prose, CodeBlock Code, CodeBlock Output, string Explanation, int Line)
    : QuizItem(Title, Python, Line)
{
    public override string Kind => "predict";
}
