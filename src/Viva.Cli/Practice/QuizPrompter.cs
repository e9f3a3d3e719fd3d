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
internal sealed class QuizPrompter(VivaDb db, OptionOrder order, Func<string?> readBlock, TimeProvider clock)
{
    /// <summary>How many items were answered and how many correctly; null when input ended.</summary>
    public async Task<(int Answered, int Correct)?> AskAsync(Question question, CancellationToken ct)
    {
        if (question.Quiz.Count == 0)
            return (0, 0);
        AnsiConsole.MarkupLine($"[bold]Quiz[/] ({question.Quiz.Count} items). Answer, or type [bold]s[/] to skip an item, [bold]ss[/] to skip the rest.");
        int answered = 0, correct = 0;
        for (var index = 0; index < question.Quiz.Count; index++)
        {
            var item = question.Quiz[index];
            AnsiConsole.MarkupLine($"[bold]{index + 1}. {Markup.Escape(item.Title)}[/]");
            IReadOnlyList<ChoiceOption> shown = item is ChoiceItem choice ? order.Arrange(choice) : [];
            Show(item, shown);
            var answer = readBlock();
            if (answer is null)
                return null;
            if (answer.Trim() == "ss")
                return (answered, correct);
            if (answer.Trim() == "s")
                continue;
            var (right, stored) = GradeAndExplain(item, shown, answer);
            answered++;
            if (right)
                correct++;
            db.QuizAnswers.Add(new QuizAnswerRecord
            {
                QuestionId = question.Id,
                ItemIndex = index,
                AnsweredAt = clock.GetUtcNow().ToUnixTimeMilliseconds(),
                Correct = right,
                Answer = stored,
                ContentHash = question.ContentHash,
            });
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return (answered, correct);
    }

    private static void Show(QuizItem item, IReadOnlyList<ChoiceOption> shown)
    {
        switch (item)
        {
            case PredictItem p:
                if (p.Prose.Length > 0)
                    AnsiConsole.WriteLine(p.Prose);
                AnsiConsole.Write(new Panel(Markup.Escape(p.Code.Code)).Header("python"));
                AnsiConsole.MarkupLine("[grey]What does it print? (finish with an empty line)[/]");
                break;
            case ChoiceItem c:
                if (c.Stem.Length > 0)
                    AnsiConsole.WriteLine(c.Stem);
                for (var i = 0; i < shown.Count; i++)
                    AnsiConsole.MarkupLine($"  [bold]{i + 1}[/]) {Markup.Escape(shown[i].Text)}");
                AnsiConsole.MarkupLine(c.MultipleAnswers ? "[grey]Choose every correct option, e.g. 1,3:[/]" : "[grey]Choose one option:[/]");
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
                    AnsiConsole.Write(new Panel(Markup.Escape(p.Output.Code)));
                AnsiConsole.WriteLine(p.Explanation);
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
                    AnsiConsole.MarkupLine($"  {(o.Correct ? "[green]✓[/]" : "[red]✗[/]")} {i + 1}) {Markup.Escape(o.Text)}: [grey]{Markup.Escape(o.Explanation)}[/]");
                }
                return (chosen, string.Join(',', picked.Where(id => id.Length > 0).Distinct().Order(StringComparer.Ordinal)));
            default:
                return (false, answer);
        }
    }
}
