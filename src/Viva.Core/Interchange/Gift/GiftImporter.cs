using Viva.Core.Bank;

namespace Viva.Core.Interchange.Gift;

/// <summary>
/// Maps parsed GIFT questions (or Moodle XML questions read into the same model) onto bank questions, one per category. What Viva's item types hold is
/// imported (multiple choice, multiple answers, true/false as a choice, short answers over Python code as
/// predict items, essays as the question or follow-ups); what they cannot hold is reported, never dropped
/// silently. A file Viva exported comes back whole except what the export already reported lost.
/// </summary>
public static class GiftImporter
{
    /// <summary>Placeholder for a part the bank requires that the imported file does not have; the report names it.</summary>
    public const string Missing = "(Not in the imported file: write this part.)";
    public const string DefaultPython = ">=3.8";

    /// <summary>Imports a document; <paramref name="format"/> names the file's format in the report ("GIFT", "Moodle XML").</summary>
    public static GiftImport Import(GiftDocument document, string sourceName, string format = "GIFT")
    {
        var outcomes = new List<ItemOutcome>();
        var questions = new List<Question>();
        foreach (var group in document.Questions.GroupBy(q => q.Category))
        {
            var draft = new GiftCategoryDraft(group.Key, sourceName, format);
            var first = outcomes.Count;
            foreach (var g in group)
            {
                var (markdown, lostHtml) = MoodleTextFormat.ToMarkdown(g);
                var outcome = draft.Add(markdown);
                outcomes.Add(lostHtml && outcome.Status != ItemStatus.Skipped
                    ? outcome with { Status = ItemStatus.ConvertedWithLoss, Detail = ItemOutcome.Join(outcome.Status == ItemStatus.Imported ? [MoodleTextFormat.LostHtml] : [MoodleTextFormat.LostHtml, outcome.Detail]) }
                    : outcome);
            }
            // Only a category's last three segments place its question, so two categories can name one file: the first keeps it.
            var taken = questions.Any(q => q.SourcePath == draft.SourcePath);
            var question = taken ? null : draft.Build(outcomes);
            if (question is not null)
                questions.Add(question);
            var why = taken ? $"its category places it at {draft.SourcePath}, where an earlier category's question is"
                : "key points and pitfalls need a question to belong to, and their category has no essay, quiz item or example";
            for (var i = first; i < outcomes.Count; i++)
            {
                if (outcomes[i].Status != ItemStatus.Skipped)
                    outcomes[i] = question is null ? outcomes[i] with { Status = ItemStatus.Skipped, Detail = why } : outcomes[i] with { QuestionPath = question.SourcePath };
            }
        }
        return new GiftImport(questions, outcomes);
    }
}
