using Microsoft.EntityFrameworkCore;
using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Core.Scheduling;
using Viva.Data;
using Viva.Data.Attempts;
using Viva.Data.Interviews;
using Viva.Data.Reviews;
using Viva.Web.Bank;

namespace Viva.Web.Interviews;

/// <summary>
/// A candidate alone with a kit: questions answered in writing under the kit's clock, then the same
/// scorecard filled in as a self-assessment, whose scores go into the review schedule as ratings.
/// </summary>
internal static class MockInterviews
{
    /// <summary>Answers sent this long after the clock ran out still count (the last one is often sent as it hits zero).</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    public const string ReviewSource = "mock";

    public static InterviewRecord Start(Member member, string kitName, string level, int minutes, IEnumerable<string> questionIds, string? kitId, DateTimeOffset now) => new()
    {
        Id = KitAccess.NewId(), Team = member.Team, CandidateName = member.Name, CandidateUserId = member.Id, KitId = kitId, KitName = kitName,
        Level = level, Minutes = minutes, QuestionIds = Lists.Lines(questionIds), Panel = member.Id, Mock = true, CreatedBy = member.Id,
        CreatedAt = now.ToUnixTimeMilliseconds(), StartedAt = now.ToUnixTimeMilliseconds(),
    };

    public static DateTimeOffset Deadline(InterviewRecord mock) =>
        DateTimeOffset.FromUnixTimeMilliseconds(mock.StartedAt ?? mock.CreatedAt) + TimeSpan.FromMinutes(mock.Minutes);

    /// <summary>The matcher's hint on a typed answer: which key points it pre-ticks (the candidate confirms or changes them).</summary>
    public static bool[] Hint(Question question, string? answer) =>
        string.IsNullOrWhiteSpace(answer) ? new bool[question.KeyPoints.Count] : RubricGrader.Grade(question.KeyPoints, answer).Points.Select(p => p.Covered).ToArray();

    /// <summary>
    /// Submits the self-assessment and rates every question with its score (1 Again ... 4 Easy), each with
    /// the typed answer and its checklist, all in one transaction: a crash leaves the mock unfinished and
    /// the schedule untouched, never half of it.
    /// </summary>
    public static async Task<string?> FinishAsync(VivaDb db, ReviewLog reviews, InterviewRecord mock, BankCatalog bank, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await Scorecards.SubmitAsync(db, mock, mock.Panel, now, cancellationToken) is { } problem)
            return problem;
        var entries = await db.ScoreEntries.AsNoTracking().Where(e => e.InterviewId == mock.Id && e.InterviewerId == mock.Panel).ToListAsync(cancellationToken);
        var seconds = (now - DateTimeOffset.FromUnixTimeMilliseconds(mock.StartedAt ?? mock.CreatedAt)).TotalSeconds;
        var ids = Lists.Lines(mock.QuestionIds);
        foreach (var entry in entries)
        {
            if (bank.Find(entry.QuestionId) is not { } question || entry.Score is not { } score)
                continue;
            var ticks = Scorecards.Ticks(entry.Ticks);
            var hint = string.IsNullOrWhiteSpace(entry.Answer) ? null : Hint(question, entry.Answer);
            var answer = new WrittenAnswerRecord
            {
                QuestionId = question.Id, ContentHash = question.ContentHash, AnsweredAt = now.ToUnixTimeMilliseconds(),
                Answer = string.IsNullOrWhiteSpace(entry.Answer) ? null : entry.Answer,
                MatcherTicks = hint is null ? null : string.Concat(hint.Select(t => t ? '1' : '0')),
                MatcherScore = hint is null ? null : KeyPointChecklist.Score(question.KeyPoints, hint),
                ConfirmedTicks = entry.Ticks, Score = KeyPointChecklist.Score(question.KeyPoints, ticks), Source = ReviewSource,
            };
            // The time spent is shared evenly: a mock records when it started and ended, not each question's minutes.
            await reviews.AppendAsync(question.Id, question.ContentHash, (Rating)score, now, TimeSpan.FromSeconds(seconds / ids.Count), ReviewSource, answer, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return null;
    }
}
