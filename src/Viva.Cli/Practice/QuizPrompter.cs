using Spectre.Console;
using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Data;
using Viva.Data.Attempts;

namespace Viva.Cli.Practice;

/// <summary>
/// Asks a question's quiz items in the terminal, grades each at once and records the answer. Choice
/// options are numbered in the learner's order; the numbers typed are turned into option ids at once, and
/// the ids are what is graded and stored.
/// </summary>
internal sealed class QuizPrompter(VivaDb db, OptionOrder order, LearnerInput input, SessionTally tally, TimeProvider clock)
{
    /// <summary>How many items were answered and how many correctly; null when input ended.</summary>
    public async Task<(int Answered, int Correct)?> AskAsync(Question question, CancellationToken ct)
    {
        if (question.Quiz.Count == 0)
            return (0, 0);
        AnsiConsole.MarkupLine($"[bold]Quiz[/] ({question.Quiz.Count} items), each graded at once. Type [bold]s[/] to skip an item, [bold]ss[/] to skip the rest.");
        int answered = 0, correct = 0;
        for (var index = 0; index < question.Quiz.Count; index++)
        {
            var item = question.Quiz[index];
            AnsiConsole.MarkupLine($"[bold]{index + 1}. {TerminalMarkdown.Inline(item.Title)}[/]");
            IReadOnlyList<ChoiceOption> shown = item is ChoiceItem choice ? order.Arrange(choice) : [];
            Show(item, shown);
            var answer = await ReadAnswerAsync(item, ct);
            if (answer is null)
                return null;
            if (answer == "ss")
            {
                tally.Skipped(question.Quiz.Count - index);
                return (answered, correct);
            }
            if (answer == "s")
            {
                tally.Skipped(1);
                continue;
            }
            var (right, stored) = GradeAndExplain(item, shown, answer);
            db.QuizAnswers.Add(new QuizAnswerRecord
            {
                QuestionId = question.Id,
                ItemIndex = index,
                AnsweredAt = clock.GetUtcNow().ToUnixTimeMilliseconds(),
                Correct = right,
                Answer = stored,
                ContentHash = question.ContentHash,
            });
            // Not cancellable: an answer already graded on screen is stored even if Ctrl-C comes now.
            await db.SaveChangesAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            tally.Answered(right);
            answered++;
            if (right)
                correct++;
        }
        return (answered, correct);
    }

    /// <summary>
    /// The answer, "s" or "ss"; null when input ended. A choice is one line. A prediction may span
    /// lines and ends with an empty one, but "s" or "ss" on its first line takes effect at once. An
    /// empty answer is asked again rather than graded wrong.
    /// </summary>
    private async Task<string?> ReadAnswerAsync(QuizItem item, CancellationToken ct)
    {
        while (true)
        {
            var first = await input.LineAsync(ct);
            if (first is null)
                return null;
            if (first.Trim() is "s" or "ss")
                return first.Trim();
            if (first.Trim().Length == 0)
            {
                AnsiConsole.MarkupLine(item is ChoiceItem
                    ? "[yellow]Type an option number (or s to skip), then Enter.[/]"
                    : "[yellow]Type what it prints (or s to skip), then an empty line.[/]");
                continue;
            }
            return item is PredictItem ? await input.RestOfBlockAsync(first, ct) : first;
        }
    }

    private static void Show(QuizItem item, IReadOnlyList<ChoiceOption> shown)
    {
        switch (item)
        {
            case PredictItem p:
                if (p.Prose.Length > 0)
                    AnsiConsole.Write(TerminalMarkdown.Render(p.Prose));
                AnsiConsole.Write(new Panel(new Text(p.Code.Code)).Header("python"));
                AnsiConsole.MarkupLine("[grey]What does it print? Type the output, then an empty line (Enter twice); s skips.[/]");
                break;
            case ChoiceItem c:
                if (c.Stem.Length > 0)
                    AnsiConsole.Write(TerminalMarkdown.Render(c.Stem));
                for (var i = 0; i < shown.Count; i++)
                    AnsiConsole.MarkupLine($"  [bold]{i + 1}[/]) {TerminalMarkdown.Inline(shown[i].Text)}");
                AnsiConsole.MarkupLine(c.MultipleAnswers
                    ? "[grey]Choose every correct option, e.g. 1,3, then Enter (s skips):[/]"
                    : "[grey]Choose one option by its number, then Enter (s skips):[/]");
                break;
        }
    }

    /// <summary>Whether the answer is right, and the answer as stored: a prediction as typed, chosen options as their ids.</summary>
    private static (bool Right, string Stored) GradeAndExplain(QuizItem item, IReadOnlyList<ChoiceOption> shown, string answer)
    {
        switch (item)
        {
            case PredictItem p:
                var predicted = PredictGrader.IsCorrect(p, answer);
                AnsiConsole.MarkupLine(predicted ? "[green]Correct.[/]" : "[red]Not quite.[/] It prints:");
                if (!predicted)
                    AnsiConsole.Write(new Panel(new Text(p.Output.Code)));
                AnsiConsole.Write(TerminalMarkdown.Render(p.Explanation));
                AnsiConsole.WriteLine();
                return (predicted, answer);
            case ChoiceItem c:
                // A number that was not shown picks nothing, which makes the answer wrong.
                var picked = answer.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)
                    .Select(t => int.TryParse(t, out var n) && n >= 1 && n <= shown.Count ? shown[n - 1].Id : "")
                    .ToList();
                var chosen = ChoiceGrader.IsCorrect(c, picked);
                AnsiConsole.MarkupLine(chosen ? "[green]Correct.[/]" : "[red]Not quite.[/]");
                for (var i = 0; i < shown.Count; i++)
                {
                    var o = shown[i];
                    AnsiConsole.MarkupLine($"  {(o.Correct ? "[green]✓[/]" : "[red]✗[/]")} {i + 1}) {TerminalMarkdown.Inline(o.Text)}: [grey]{TerminalMarkdown.Inline(o.Explanation)}[/]");
                }
                return (chosen, string.Join(',', picked.Where(id => id.Length > 0).Distinct().Order(StringComparer.Ordinal)));
            default:
                return (false, answer);
        }
    }
}
