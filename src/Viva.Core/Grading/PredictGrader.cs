using Viva.Core.Bank;

namespace Viva.Core.Grading;

/// <summary>
/// Grades a predicted output. Documented normalisation: line endings become \n, trailing whitespace on
/// each line and trailing blank lines are ignored; everything else (case, inner spaces, quotes) counts.
/// </summary>
public static class PredictGrader
{
    public static bool IsCorrect(PredictItem item, string prediction) => Normalize(prediction) == Normalize(item.Output.Code);

    public static string Normalize(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).TrimEnd('\n');
}
