namespace Viva.Core.Bank;

/// <summary>An auto-gradable quiz item: <see cref="PredictItem"/> or <see cref="ChoiceItem"/>.</summary>
public abstract record QuizItem(string Title, PythonRange Python, int Line)
{
    /// <summary>The keyword that starts the item's heading in the file.</summary>
    public abstract string Kind { get; }
}
