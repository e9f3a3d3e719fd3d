using Microsoft.EntityFrameworkCore;
using Viva.Core.Bank;
using Viva.Core.Scheduling;
using Viva.Data;
using Viva.Data.Reviews;

namespace Viva.Web.Progress;

/// <summary>The user's cards, read once per page, and what they say about mastery (<see cref="Mastery"/>, as `viva stats`).</summary>
internal sealed class StudyState(IReadOnlyDictionary<string, CardRecord> cards, FsrsScheduler scheduler, DateTimeOffset now)
{
    public IReadOnlyDictionary<string, CardRecord> Cards => cards;
    public DateTimeOffset Now => now;

    public static async Task<StudyState> LoadAsync(VivaDb db, FsrsScheduler scheduler, TimeProvider clock, CancellationToken cancellationToken)
    {
        var cards = await db.Cards.AsNoTracking().ToDictionaryAsync(c => c.QuestionId, cancellationToken);
        return new StudyState(cards, scheduler, clock.GetUtcNow());
    }

    /// <summary>The mastery of these questions now (<see cref="Mastery"/>).</summary>
    public MasteryFigure Mastery(IEnumerable<Question> questions) =>
        Core.Scheduling.Mastery.Of(scheduler, questions.Select(q => cards.TryGetValue(q.Id, out var c) ? ReviewLog.ToState(c) : (CardState?)null), now);

    /// <summary>The mastery of these questions now, as a whole percentage.</summary>
    public int MasteryPercent(IEnumerable<Question> questions) => Mastery(questions).Percent;

    public bool IsDue(Question q) => cards.TryGetValue(q.Id, out var c) && c.DueAt <= now.ToUnixTimeMilliseconds();

    public long EndOfTodayMs => new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1).ToUnixTimeMilliseconds();
}
