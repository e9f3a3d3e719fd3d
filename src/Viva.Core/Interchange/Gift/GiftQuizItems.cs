using Viva.Core.Bank;
using static Viva.Core.Interchange.Gift.GiftImporter;
using static Viva.Core.Interchange.Gift.GiftMarkdown;

namespace Viva.Core.Interchange.Gift;

/// <summary>
/// A category's choice, true/false and short-answer questions as its question's quiz items: choices and true/false as
/// choice items, a short answer over a ```python block as a predict item. Each reports what the item cannot hold, and
/// a question that cannot be an item, or asks what an earlier one asks, is skipped with why.
/// </summary>
internal sealed class GiftQuizItems(string questionId)
{
    private readonly string _id = questionId;
    private readonly List<QuizItem> _items = [];

    public IReadOnlyList<QuizItem> Items => _items;

    public ItemOutcome Choice(GiftQuestion g, string name, PythonRange python)
    {
        var lost = new List<string>();
        var title = ItemTitle(g, out var kindPrefix);
        var text = g.Text;
        if (g.IsMissingWord)
        {
            text = $"{g.Text} _____ {g.TextAfter}";
            lost.Add("the answer's place in the sentence (shown as _____)");
        }
        (title, var stem) = ChoiceText(title, text, lost);
        var full = g.Answers.Count(a => a.Weight >= 100);
        var multiple = kindPrefix == "multi" || g.Kind == GiftKind.MultipleAnswers || full > 1;
        if (!multiple && g.Answers.Any(a => a.Weight is > 0 and < 100))
            lost.Add("partial-credit weights (only the 100% answer is right)");
        if (multiple && g.Answers.Any(a => a.ExplicitWeight) && !CanonicalWeights(g.Answers))
            lost.Add("partial-credit weights (a multi item is right only with every right answer)");
        if (g.GeneralFeedback.Length > 0)
            lost.Add("the general feedback");
        if (g.Answers.Any(a => a.Feedback.Length == 0))
            lost.Add(ItemOutcome.FilledIn + "options without feedback got a placeholder explanation");
        var options = g.Answers.Select(a => new ChoiceOption(ChoiceOption.IdFor(_id, title, a.Text), a.Text,
            multiple ? a.Weight > 0 : a.Weight >= 100, a.Feedback.Length > 0 ? a.Feedback : Missing, 0)).ToList();
        if (options.Count < 2)
            return new ItemOutcome(name, ItemStatus.Skipped, $"a choice needs two options or more, and this one has {options.Count}", g.Line);
        var right = options.Count(o => o.Correct);
        if (multiple && right == options.Count)
            return new ItemOutcome(name, ItemStatus.Skipped, "every answer is right, and a Viva multi item needs a wrong one", g.Line);
        if (!multiple && right != 1)
            return new ItemOutcome(name, ItemStatus.Skipped, "no answer is fully right", g.Line);
        if (Asked(title) is { } twice)
            return new ItemOutcome(name, ItemStatus.Skipped, twice, g.Line);
        _items.Add(new ChoiceItem(title, python, multiple, stem, options, 0));
        return ItemOutcome.Of(name, lost, g.Line);
    }

    public ItemOutcome TrueFalse(GiftQuestion g, string name, PythonRange python)
    {
        var lost = new List<string>();
        var (title, stem) = ChoiceText(ItemTitle(g, out _), g.Text, lost);
        if (Asked(title) is { } twice)
            return new ItemOutcome(name, ItemStatus.Skipped, twice, g.Line);
        var answer = g.TrueFalseAnswer!.Value;
        string Why(bool optionIsTrue) =>
            (optionIsTrue == answer ? g.TrueFalseRightFeedback : g.TrueFalseWrongFeedback) is { Length: > 0 } f ? f : Missing;
        var options = new List<ChoiceOption>
        {
            new(ChoiceOption.IdFor(_id, title, "True"), "True", answer, Why(true), 0),
            new(ChoiceOption.IdFor(_id, title, "False"), "False", !answer, Why(false), 0),
        };
        _items.Add(new ChoiceItem(title, python, false, stem, options, 0));
        if (g.TrueFalseRightFeedback.Length == 0 || g.TrueFalseWrongFeedback.Length == 0)
            lost.Add(ItemOutcome.FilledIn + "a missing feedback got a placeholder explanation");
        if (g.GeneralFeedback.Length > 0)
            lost.Add("the general feedback");
        return ItemOutcome.Of(name, lost, g.Line);
    }

    public ItemOutcome Predict(GiftQuestion g, string name, PythonRange python)
    {
        var (prose, code, _) = SplitCode(g.Text);
        if (code is null)
            return new ItemOutcome(name, ItemStatus.Skipped, "Viva's only typed answer is predict-the-output, and this short answer has no ```python block", g.Line);
        var title = ItemTitle(g, out _);
        var right = g.Answers.Where(a => a.Weight >= 100).ToList();
        if (right.Count == 0)
            return new ItemOutcome(name, ItemStatus.Skipped, "no answer is fully right", g.Line);
        if (Asked(title) is { } twice)
            return new ItemOutcome(name, ItemStatus.Skipped, twice, g.Line);
        var lost = new List<string>();
        if (g.Answers.Count > 1)
            lost.Add($"{g.Answers.Count - 1} alternative answers (a program prints one output)");
        if (g.Answers.Any(a => a.Feedback.Length > 0))
            lost.Add("per-answer feedback");
        _items.Add(new PredictItem(title, python, prose, new CodeBlock(code, 0), new CodeBlock(right[0].Text, 0),
            g.GeneralFeedback.Length > 0 ? g.GeneralFeedback : Missing, 0));
        if (g.GeneralFeedback.Length == 0)
            lost.Add(ItemOutcome.FilledIn + "without general feedback the explanation is a placeholder");
        return ItemOutcome.Of(name, lost, g.Line);
    }

    /// <summary>Why an item titled <paramref name="title"/> cannot join the question: an earlier one asks the same (its options would share ids).</summary>
    private string? Asked(string title) =>
        _items.Any(i => i.Title == title) ? $"an earlier question of its category asks the same ('{title}'), and a Viva question asks a thing once" : null;

    /// <summary>
    /// A bank choice item asks its question in its title; its stem may only be code, since prose there would run
    /// on into the options. So GIFT's question text (its prose, on one line) becomes the title, and its code the stem.
    /// </summary>
    private static (string Title, string Stem) ChoiceText(string title, string text, List<string> lost)
    {
        if (text.Length == 0 || text == title)
            return (title, "");
        var (prose, code, _) = SplitCode(text);
        var question = string.Join(' ', prose.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (question.Length > 0 && question != title)
        {
            lost.Add($"the question's name '{title}' (its text is the item's title)");
            title = question;
        }
        return (title, code is null ? "" : $"```python\n{code}\n```");
    }

    private static string ItemTitle(GiftQuestion g, out string kind)
    {
        kind = "";
        foreach (var prefix in new[] { "choice", "multi", "predict" })
        {
            if (g.Title.StartsWith(prefix + ": ", StringComparison.Ordinal))
            {
                kind = prefix;
                return g.Title[(prefix.Length + 2)..];
            }
        }
        return g.Title.Length > 0 ? g.Title : FirstLine(g.Text);
    }

    /// <summary>Whether weights are the even split Viva's export writes for a multi item (right share +100, wrong share -100).</summary>
    private static bool CanonicalWeights(IReadOnlyList<GiftAnswer> answers)
    {
        var right = answers.Where(a => a.Weight > 0).ToList();
        var wrong = answers.Where(a => a.Weight <= 0).ToList();
        return right.All(a => Math.Abs(a.Weight - 100m / right.Count) < 0.001m)
            && wrong.All(a => Math.Abs(a.Weight + 100m / Math.Max(wrong.Count, 1)) < 0.001m);
    }
}
