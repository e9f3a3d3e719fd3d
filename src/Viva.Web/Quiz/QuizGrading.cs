using System.Globalization;
using Viva.Core.Bank;
using Viva.Core.Grading;

namespace Viva.Web.Quiz;

/// <summary>Grades one quiz item from form or JSON values, with the explanation a result page shows.</summary>
internal static class QuizGrading
{
    public const int MaxAnswerLength = 20_000;

    /// <param name="item">The item to grade.</param>
    /// <param name="values">The prediction (one value) for a predict item; the chosen option ids for a choice item.</param>
    /// <param name="order">The learner's option order, in which the expected options and explanations are listed.</param>
    public static ItemGrade Grade(QuizItem item, IReadOnlyList<string> values, OptionOrder order) => item switch
    {
        PredictItem p => new ItemGrade(PredictGrader.IsCorrect(p, First(values)), First(values),
            p.Explanation, p.Output.Code),
        ChoiceItem c => GradeChoice(c, values, order),
        _ => throw new ArgumentException($"unknown quiz item kind {item.Kind}", nameof(item)),
    };

    /// <summary>
    /// The option ids of a stored choice answer ("3fa2…,9c01…"). Answers stored before options had ids
    /// were file indexes ("0,2"); they are read as such, since that is what they meant then.
    /// </summary>
    public static List<string> StoredSelection(ChoiceItem item, string stored) =>
        [.. stored.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => item.Options.Any(o => o.Id == v) ? v
                : v.Length < ChoiceOption.IdLength && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < item.Options.Count ? item.Options[i].Id
                : null)
            .OfType<string>()];

    /// <summary>A stored choice answer as the chosen options' Markdown, one per line in the learner's order; null for a predict item (shown as code).</summary>
    public static string? ChosenOptions(QuizItem item, string stored, OptionOrder order)
    {
        if (item is not ChoiceItem c)
            return null;
        var chosen = StoredSelection(c, stored);
        return string.Join("\n", order.Arrange(c).Where(o => chosen.Contains(o.Id)).Select(o => "- " + o.Text));
    }

    /// <summary>Why the values are no answer at all (no option chosen, nothing written); null when they are one.</summary>
    public static string? EmptyAnswer(QuizItem item, IReadOnlyList<string> values) => item switch
    {
        ChoiceItem when values.All(string.IsNullOrWhiteSpace) => "Choose an option first: nothing was checked or saved.",
        PredictItem when string.IsNullOrWhiteSpace(First(values)) => "Write what it prints first: nothing was checked or saved.",
        _ => null,
    };

    private static string First(IReadOnlyList<string> values) => values.Count > 0 ? values[0] : "";

    private static ItemGrade GradeChoice(ChoiceItem item, IReadOnlyList<string> values, OptionOrder order)
    {
        var correct = ChoiceGrader.IsCorrect(item, values);
        var shown = order.Arrange(item);
        var expected = string.Join("\n", shown.Where(o => o.Correct).Select(o => "- " + o.Text));
        var explanation = string.Join("\n", shown.Select(o => $"{(o.Correct ? "✓" : "✗")} {o.Text}: {o.Explanation}"));
        // Only ids of this item are kept: whatever else a form carried is not the learner's to store.
        var stored = string.Join(',', values.Where(v => item.Options.Any(o => o.Id == v)).Distinct().Order(StringComparer.Ordinal));
        return new ItemGrade(correct, stored, explanation, expected, ExpectedIsMarkdown: true);
    }
}
