using Microsoft.EntityFrameworkCore;
using Viva.Core.Bank;
using Viva.Data;
using Viva.Data.Learners;
using Viva.Web.Bank;

namespace Viva.Web.Review;

/// <summary>
/// Today's review queue as Anki builds it: the cards due now, most overdue first, then never-studied questions in
/// bank order up to the daily limit of new cards (a setting) less those already started today (UTC).
/// </summary>
internal sealed record ReviewQueue(IReadOnlyList<QueueEntry> Entries, int Due, int New, int NewPerDay, int NewStartedToday, int LaterToday)
{
    public static async Task<ReviewQueue> LoadAsync(VivaDb db, BankCatalog bank, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var startOfToday = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).ToUnixTimeMilliseconds();
        var endOfToday = startOfToday + 86_400_000;
        var cards = await db.Cards.AsNoTracking().Select(c => new { c.QuestionId, c.DueAt }).ToListAsync(cancellationToken);
        var studied = cards.Select(c => c.QuestionId).ToHashSet();
        var due = cards.Where(c => c.DueAt <= nowMs).OrderBy(c => c.DueAt)
            .Select(c => bank.Find(c.QuestionId)).OfType<Question>()
            .Select(q => new QueueEntry(q, IsNew: false)).ToList();
        // A question counts as started today when its first review is today.
        var startedToday = await db.Reviews.AsNoTracking().GroupBy(r => r.QuestionId)
            .Select(g => g.Min(r => r.ReviewedAt)).CountAsync(first => first >= startOfToday, cancellationToken);
        var perDay = await StudySettings.NewCardsPerDayAsync(db, cancellationToken);
        var fresh = bank.Questions.Where(q => !studied.Contains(q.Id)).Take(Math.Max(0, perDay - startedToday))
            .Select(q => new QueueEntry(q, IsNew: true)).ToList();
        var laterToday = cards.Count(c => c.DueAt > nowMs && c.DueAt < endOfToday);
        return new ReviewQueue([.. due, .. fresh], due.Count, fresh.Count, perDay, startedToday, laterToday);
    }
}

/// <summary>One card of the queue; <paramref name="IsNew"/> when the question was never studied.</summary>
internal sealed record QueueEntry(Question Question, bool IsNew);
