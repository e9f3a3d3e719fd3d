using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Core.Scheduling;
using Viva.Data;
using Viva.Data.Reviews;

namespace Viva.Cli.Practice;

/// <summary>
/// One practice session: due cards first, then new ones. Each rating is committed before the next
/// question appears, so stopping at any point (Ctrl-C, end of input) loses no completed review.
/// </summary>
internal sealed class PracticeSession(VivaDb db, ReviewLog log, FsrsScheduler scheduler, OptionOrder order, TextReader input, TimeProvider clock)
{
    public async Task<int> RunAsync(IReadOnlyList<Question> questions, int newCount, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var byId = questions.ToDictionary(q => q.Id);
        var cards = await db.Cards.AsNoTracking().ToListAsync(ct);
        var seen = cards.Select(c => c.QuestionId).ToHashSet();
        var due = cards.Where(c => c.DueAt <= now.ToUnixTimeMilliseconds() && byId.ContainsKey(c.QuestionId))
            .OrderBy(c => c.DueAt).Select(c => (Question: byId[c.QuestionId], Card: c)).ToList();
        var fresh = questions.Where(q => !seen.Contains(q.Id)).Take(newCount).Select(q => (Question: q, Card: (CardRecord?)null));
        var queue = due.Select(d => (d.Question, Card: (CardRecord?)d.Card)).Concat(fresh).ToList();
        if (queue.Count == 0)
        {
            AnsiConsole.MarkupLine("[green]Nothing is due.[/] Come back later, or add new questions with [bold]--new N[/].");
            return 0;
        }
        AnsiConsole.MarkupLine($"[bold]{due.Count}[/] due, [bold]{queue.Count - due.Count}[/] new. Type answers, or press Enter to just think. Ctrl-C stops; every rating is saved at once.");

        var done = 0;
        foreach (var (question, card) in queue)
        {
            AnsiConsole.WriteLine();
            AnsiConsole.Write(new Rule($"[bold]{done + 1}/{queue.Count}[/] {Markup.Escape(question.Area)} › {Markup.Escape(question.Topic)} · {question.Level.ToString().ToLowerInvariant()} · ~{question.Minutes} min").LeftJustified());
            if (card is not null && card.ContentHash != question.ContentHash)
                AnsiConsole.MarkupLine("[yellow]This question changed since your last review; its history is kept and the next rating counts for the new text.[/]");
            if (!await ReviewAsync(question, card, ct))
                break;
            done++;
        }
        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine($"[green]{done} review(s) saved.[/]");
        return 0;
    }

    /// <summary>Runs one card; false when input ended before the rating.</summary>
    private async Task<bool> ReviewAsync(Question question, CardRecord? card, CancellationToken ct)
    {
        var started = clock.GetUtcNow();
        AnsiConsole.Write(new Panel(Markup.Escape(question.Prompt.Markdown)).Header(Markup.Escape(question.Title)).Expand());
        AnsiConsole.MarkupLine("[grey]Your answer (finish with an empty line; just Enter to think):[/]");
        var answer = ReadBlock();
        if (answer is null)
            return false;

        // The quiz comes before the reveal, so the model answer cannot give its items away.
        var quiz = await new QuizPrompter(db, order, ReadBlock, clock).AskAsync(question, ct);
        if (quiz is null)
            return false;

        AnsiConsole.Write(new Panel(Markup.Escape(question.Answer.Markdown)).Header("Model answer").Expand());
        int? score = null;
        var points = new Table().Border(TableBorder.Simple).AddColumns("", "w", "Key point");
        if (answer.Length > 0)
        {
            var rubric = RubricGrader.Grade(question.KeyPoints, answer);
            score = rubric.Score;
            points.AddColumn("Why");
            foreach (var p in rubric.Points)
                points.AddRow(p.Covered ? "[green]✓[/]" : "[red]✗[/]", p.Point.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(p.Point.Text),
                    Markup.Escape(p.Matched.Count > 0 ? "found: " + string.Join(", ", p.Matched) : "no key term found"));
        }
        else
        {
            foreach (var p in question.KeyPoints)
                points.AddRow("•", p.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(p.Text));
        }
        AnsiConsole.Write(points);
        if (score is not null)
            AnsiConsole.MarkupLine($"Rubric coverage: [bold]{score}%[/]");

        var now = clock.GetUtcNow();
        var state = card is null ? CardState.New(now) : ReviewLog.ToState(card);
        var preview = scheduler.Preview(state, now, question.Id);
        var suggested = RatingSuggestion.Suggest(score, quiz.Value.Correct, quiz.Value.Answered);
        AnsiConsole.MarkupLine(string.Join("   ", Ratings.All.Select(r =>
            $"[bold]{(int)r}[/] {r} ({IntervalText.Format(preview[r].Due - now)}){(r == suggested ? "*" : "")}")));
        Rating rating;
        while (true)
        {
            AnsiConsole.Markup($"Rate 1-4 [grey](Enter = {(int)suggested} {suggested}, suggested)[/]: ");
            var line = input.ReadLine();
            if (line is null)
                return false;
            line = line.Trim();
            if (line.Length == 0)
            {
                rating = suggested;
                break;
            }
            if (line is ['1' or '2' or '3' or '4'])
            {
                rating = (Rating)(line[0] - '0');
                break;
            }
            AnsiConsole.MarkupLine("[red]Type 1, 2, 3 or 4.[/]");
        }
        var next = await log.AppendAsync(question.Id, question.ContentHash, rating, now, now - started, "practice", ct);
        AnsiConsole.MarkupLine($"[green]Saved[/] {rating}; next review in {IntervalText.Format(next.Due - now)}.");
        return true;
    }

    /// <summary>Reads lines until an empty one; null when input has ended.</summary>
    private string? ReadBlock()
    {
        var lines = new List<string>();
        while (true)
        {
            var line = input.ReadLine();
            if (line is null)
                return lines.Count == 0 ? null : string.Join('\n', lines);
            if (line.Length == 0)
                return string.Join('\n', lines);
            lines.Add(line);
        }
    }
}
