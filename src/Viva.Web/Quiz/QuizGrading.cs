using System.Globalization;
using Viva.Core.Bank;
using Viva.Core.Grading;

namespace Viva.Web.Quiz;

/// <summary>Grades one quiz item from form or JSON values, with the explanation a result page shows.</summary>
internal static class QuizGrading
{
    public const int MaxAnswerLength = 20_000;

    /// <param name="item">The item to grade.</param>
    /// <param name="values">The prediction (one value) for a predict item; the chosen option indexes for a choice item.</param>
    public static ItemGrade Grade(QuizItem item, IReadOnlyList<string> values) => item switch
    {
        PredictItem p => new ItemGrade(PredictGrader.IsCorrect(p, First(values)), First(values),
            p.Explanation, p.Output.Code),
        ChoiceItem c => GradeChoice(c, values),
        _ => throw new ArgumentException($"unknown quiz item kind {item.Kind}", nameof(item)),
    };

    /// <summary>A stored choice answer ("0,2") as the options' Markdown, one per line; null for a predict item (shown as code).</summary>
    public static string? ChosenOptions(QuizItem item, string stored) => item is ChoiceItem c
        ? string.Join("\n", stored.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < c.Options.Count ? "- " + c.Options[i].Text : null)
            .OfType<string>())
        : null;

    private static string First(IReadOnlyList<string> values) => values.Count > 0 ? values[0] : "";

    private static ItemGrade GradeChoice(ChoiceItem item, IReadOnlyList<string> values)
    {
        var selected = values.Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1).Distinct().ToList();
        var correct = ChoiceGrader.IsCorrect(item, selected);
        var expected = string.Join("\n", item.Options.Where(o => o.Correct).Select(o => "- " + o.Text));
        var explanation = string.Join("\n", item.Options.Select((o, i) => $"{(o.Correct ? "✓" : "✗")} {o.Text}: {o.Explanation}"));
        return new ItemGrade(correct, string.Join(',', selected.Order()), explanation, expected, ExpectedIsMarkdown: true);
    }
}
