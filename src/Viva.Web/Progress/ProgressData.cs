using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Viva.Core.Scheduling;
using Viva.Data;
using Viva.Web.Bank;

namespace Viva.Web.Progress;

/// <summary>What the progress charts draw, computed from the review log and the cards; serialised into the page for the chart island.</summary>
internal sealed record ProgressData(
    IReadOnlyList<DayCount> ReviewsPerDay,
    IReadOnlyList<DayCount> Forecast,
    IReadOnlyList<DayRetention> Retention,
    IReadOnlyList<AreaMastery> Mastery,
    double DesiredRetention,
    int TotalReviews,
    int QuizzesTaken)
{
    public const int Days = 30;

    public static async Task<ProgressData> LoadAsync(VivaDb db, BankCatalog bank, FsrsScheduler scheduler, TimeProvider clock, CancellationToken ct)
    {
        var state = await StudyState.LoadAsync(db, scheduler, clock, ct);
        var today = new DateTimeOffset(state.Now.UtcDateTime.Date, TimeSpan.Zero);
        var from = today.AddDays(-(Days - 1)).ToUnixTimeMilliseconds();
        var reviews = await db.Reviews.AsNoTracking().OrderBy(r => r.QuestionId).ThenBy(r => r.ReviewedAt)
            .Select(r => new { r.QuestionId, r.ReviewedAt, r.Rating }).ToListAsync(ct);
        static string Day(DateTimeOffset d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        long DayIndex(long ms) => (ms - from) / 86_400_000;

        var perDay = new int[Days];
        foreach (var r in reviews.Where(r => r.ReviewedAt >= from))
            perDay[Math.Min(Days - 1, DayIndex(r.ReviewedAt))]++;

        // A recall test is a review a day or more after the card's previous one; retention is the share not rated Again.
        var tested = new int[Days];
        var passed = new int[Days];
        foreach (var (prev, next) in reviews.Zip(reviews.Skip(1)))
        {
            if (prev.QuestionId != next.QuestionId || next.ReviewedAt - prev.ReviewedAt < 86_400_000 || next.ReviewedAt < from)
                continue;
            var i = Math.Min(Days - 1, DayIndex(next.ReviewedAt));
            tested[i]++;
            passed[i] += next.Rating > 1 ? 1 : 0;
        }

        var forecast = new int[Days];
        var todayMs = today.ToUnixTimeMilliseconds();
        foreach (var card in state.Cards.Values.Where(c => bank.Find(c.QuestionId) is not null))
        {
            var i = Math.Max(0, (card.DueAt - todayMs) / 86_400_000);
            if (i < Days)
                forecast[i]++;
        }

        var mastery = bank.Areas.Select(a => (Area: a, Questions: bank.Questions.Where(q => q.Area == a.Id).ToList()))
            .Where(a => a.Questions.Count > 0)
            .Select(a => new AreaMastery(a.Area.Title, state.MasteryPercent(a.Questions), a.Questions.Count(q => state.Cards.ContainsKey(q.Id)), a.Questions.Count))
            .ToList();

        return new ProgressData(
            Enumerable.Range(0, Days).Select(i => new DayCount(Day(today.AddDays(i - Days + 1)), perDay[i])).ToList(),
            Enumerable.Range(0, Days).Select(i => new DayCount(Day(today.AddDays(i)), forecast[i])).ToList(),
            Enumerable.Range(0, Days).Select(i => new DayRetention(Day(today.AddDays(i - Days + 1)), tested[i] == 0 ? null : Math.Round(100.0 * passed[i] / tested[i], 1))).ToList(),
            mastery,
            Math.Round(100 * scheduler.Parameters.DesiredRetention, 1),
            reviews.Count,
            await db.Quizzes.CountAsync(q => q.FinishedAt != null, ct));
    }
}
