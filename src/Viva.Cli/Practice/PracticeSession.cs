using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Core.Scheduling;
using Viva.Data;
using Viva.Data.Attempts;
using Viva.Data.Reviews;

namespace Viva.Cli.Practice;

/// <summary>
/// One practice session: due cards first, then new ones. Each rating is committed before the next
/// question appears, so stopping at any point (Ctrl-C, end of input) loses no completed review; either
/// way the session ends with a summary of what was saved.
/// </summary>
internal sealed class PracticeSession(VivaDb db, ReviewLog log, FsrsScheduler scheduler, OptionOrder order, QuestionBank names, LearnerInput input, TimeProvider clock)
{
    /// <summary>The exit status after Ctrl-C, as a shell reports death by SIGINT.</summary>
    public const int InterruptedExitCode = 130;

    private readonly SessionTally _tally = new();

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

        try
        {
            for (var index = 0; index < queue.Count; index++)
            {
                var (question, card) = queue[index];
                AnsiConsole.WriteLine();
                AnsiConsole.Write(new Rule($"[bold]{index + 1}/{queue.Count}[/] {Markup.Escape(names.AreaTitle(question.Area))} › {Markup.Escape(names.TopicTitle(question.Area, question.Topic))} · {question.Level.ToString().ToLowerInvariant()} · ~{question.Minutes} min").LeftJustified());
                if (card is not null && card.ContentHash != question.ContentHash)
                    AnsiConsole.MarkupLine("[yellow]This question changed since your last review; its history is kept and the next rating counts for the new text.[/]");
                if (!await ReviewAsync(question, card, ct))
                    break;
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await PrintSummaryAsync(byId, interrupted: true);
            return InterruptedExitCode;
        }
        await PrintSummaryAsync(byId, interrupted: false);
        return 0;
    }

    private async Task PrintSummaryAsync(Dictionary<string, Question> questions, bool interrupted)
    {
        // Not cancellable: after Ctrl-C the summary is exactly what the learner asked to see.
        var dueTimes = await db.Cards.AsNoTracking().Select(c => new { c.QuestionId, c.DueAt }).ToListAsync(CancellationToken.None);
        var soonest = dueTimes.Where(c => questions.ContainsKey(c.QuestionId)).Select(c => (long?)c.DueAt).Min();
        _tally.Print(interrupted, soonest is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null, clock.GetUtcNow());
    }

    /// <summary>Runs one card; false when input ended before the rating.</summary>
    private async Task<bool> ReviewAsync(Question question, CardRecord? card, CancellationToken ct)
    {
        var started = clock.GetUtcNow();
        AnsiConsole.Write(new Panel(TerminalMarkdown.Render(question.Prompt.Markdown)).Header(TerminalMarkdown.Inline(question.Title)).Expand());
        AnsiConsole.MarkupLine("[grey]Your answer: type it, then an empty line (Enter twice); or just Enter to think.[/]");
        var answer = await input.BlockAsync(ct);
        if (answer is null)
            return false;

        // The quiz comes before the reveal, so the model answer cannot give its items away.
        var quiz = await new QuizPrompter(db, order, input, _tally, clock).AskAsync(question, ct);
        if (quiz is null)
            return false;
        if (!await WaitForRevealAsync(ct))
            return false;

        AnsiConsole.Write(new Panel(TerminalMarkdown.Render(question.Answer.Markdown)).Header("Model answer").Expand());
        var matcher = string.IsNullOrWhiteSpace(answer) ? null : RubricGrader.Grade(question.KeyPoints, answer);
        var ticks = await new ChecklistPrompter(input).ConfirmAsync(question.KeyPoints, matcher, ct);
        if (ticks is null)
            return false;
        var score = KeyPointChecklist.Score(question.KeyPoints, ticks);

        var now = clock.GetUtcNow();
        var state = card is null ? CardState.New(now) : ReviewLog.ToState(card);
        var preview = scheduler.Preview(state, now, question.Id);
        // The person's checklist is what the suggestion weighs, never the matcher's pre-ticks.
        var suggested = RatingSuggestion.Suggest(score, quiz.Value.Correct, quiz.Value.Answered);
        AnsiConsole.MarkupLine(string.Join("   ", Ratings.All.Select(r =>
            $"[bold]{(int)r}[/] {r} ({IntervalText.Format(preview[r].Due - now)}){(r == suggested ? "*" : "")}")));
        if (await ReadRatingAsync(suggested, ct) is not { } rating)
            return false;
        var written = new WrittenAnswerRecord
        {
            QuestionId = question.Id,
            ContentHash = question.ContentHash,
            AnsweredAt = now.ToUnixTimeMilliseconds(),
            Answer = matcher is null ? null : answer,
            MatcherTicks = matcher is null ? null : KeyPointChecklist.Format(KeyPointChecklist.Ticks(matcher)),
            MatcherScore = matcher?.Score,
            ConfirmedTicks = KeyPointChecklist.Format(ticks),
            Score = score,
            Source = "practice",
        };
        // Not cancellable: once rated, the review and its answer are stored (one transaction) even if
        // Ctrl-C comes while they are written; stopped before the rating, neither is.
        var next = await log.AppendAsync(question.Id, question.ContentHash, rating, now, now - started, "practice", written, CancellationToken.None);
        _tally.Rated(rating);
        AnsiConsole.MarkupLine($"[green]Saved[/] {rating}; next review in {IntervalText.Format(next.Due - now)}.");
        return true;
    }

    /// <summary>A rating 1-4, or the suggested one on Enter alone; null when input ended.</summary>
    private async Task<Rating?> ReadRatingAsync(Rating suggested, CancellationToken ct)
    {
        while (true)
        {
            AnsiConsole.Markup($"Rate 1-4, then Enter [grey](just Enter = {(int)suggested} {suggested}, suggested)[/]: ");
            var line = await input.LineAsync(ct);
            if (line is null)
                return null;
            line = line.Trim();
            if (line.Length == 0)
                return suggested;
            if (line is ['1' or '2' or '3' or '4'])
                return (Rating)(line[0] - '0');
            AnsiConsole.MarkupLine("[red]Type 1, 2, 3 or 4.[/]");
        }
    }

    /// <summary>
    /// Reveal, then rate: a rating typed before the model answer is shown is refused, so no card is
    /// rated unseen. False when input ended.
    /// </summary>
    private async Task<bool> WaitForRevealAsync(CancellationToken ct)
    {
        while (true)
        {
            AnsiConsole.Markup("[bold]Press Enter to reveal the model answer[/] [grey](you rate after it)[/]: ");
            var line = await input.LineAsync(ct);
            if (line is null)
                return false;
            if (line.Trim().Length == 0)
                return true;
            AnsiConsole.MarkupLine(line.Trim() is "1" or "2" or "3" or "4"
                ? "[red]Not rated: reveal the answer first, then rate 1-4.[/]"
                : "[yellow]Just press Enter to reveal the model answer.[/]");
        }
    }
}
