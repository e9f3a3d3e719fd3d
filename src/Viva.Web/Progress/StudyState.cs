using Microsoft.EntityFrameworkCore;
using Viva.Core.Bank;
using Viva.Core.Scheduling;
using Viva.Data;
using Viva.Data.Reviews;

namespace Viva.Web.Progress;

/// <summary>The user's cards, read once per page, and what they say about mastery: mean recall probability now, unseen = 0 (as `viva stats`).</summary>
internal sealed class StudyState(IReadOnlyDictionary<string, CardRecord> cards, FsrsScheduler scheduler, DateTimeOffset now)
{
    public IReadOnlyDictionary<string, CardRecord> Cards => cards;
    public DateTimeOffset Now => now;

    public static async Task<StudyState> LoadAsync(VivaDb db, FsrsScheduler scheduler, TimeProvider clock, CancellationToken cancellationToken)
    {
        var cards = await db.Cards.AsNoTracking().ToDictionaryAsync(c => c.QuestionId, cancellationToken);
        return new StudyState(cards, scheduler, clock.GetUtcNow());
    }

    public double Recall(Question q) => cards.TryGetValue(q.Id, out var c) ? scheduler.Retrievability(ReviewLog.ToState(c), now) : 0;

    /// <summary>Mean recall over the questions, as a whole percentage.</summary>
    public int MasteryPercent(IEnumerable<Question> questions)
    {
        var list = questions.ToList();
        return list.Count == 0 ? 0 : (int)Math.Round(100 * list.Average(Recall));
    }

    public bool IsDue(Question q) => cards.TryGetValue(q.Id, out var c) && c.DueAt <= now.ToUnixTimeMilliseconds();

    public long EndOfTodayMs => new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1).ToUnixTimeMilliseconds();
}
