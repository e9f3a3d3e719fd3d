using Microsoft.EntityFrameworkCore;
using Viva.Core.Scheduling;
using Viva.Data.Attempts;

namespace Viva.Data.Reviews;

/// <summary>
/// Appends reviews and keeps card states as their projection. Each append writes the review and the
/// card's new state in one transaction, so a crash leaves either both or neither; writers of one card
/// take turns (<see cref="VivaDb.LockCardAsync"/>), so no review is missing from the projection.
/// </summary>
public sealed class ReviewLog(VivaDb db, FsrsScheduler scheduler)
{
    /// <summary>The card's current state, or a new card due now when it was never reviewed.</summary>
    public async Task<CardState> CardAsync(string questionId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var record = await db.Cards.AsNoTracking().FirstOrDefaultAsync(c => c.QuestionId == questionId, cancellationToken);
        return record is null ? CardState.New(now) : ToState(record);
    }

    /// <summary>Records a review and returns the card's new state.</summary>
    public Task<CardState> AppendAsync(string questionId, string contentHash, Rating rating, DateTimeOffset at, TimeSpan duration, string source,
        CancellationToken cancellationToken = default) =>
        AppendAsync(questionId, contentHash, rating, at, duration, source, null, cancellationToken);

    /// <summary>
    /// Records a review together with the answer it was rated on (<paramref name="answer"/>, with its checklist),
    /// in one transaction: an answer whose rating never committed would be a review that did not happen.
    /// </summary>
    public async Task<CardState> AppendAsync(string questionId, string contentHash, Rating rating, DateTimeOffset at, TimeSpan duration, string source,
        WrittenAnswerRecord? answer, CancellationToken cancellationToken = default)
    {
        // Inside a caller's transaction (a mock interview's results go in with its scorecard) the caller commits.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (answer is not null)
            db.WrittenAnswers.Add(answer);
        await db.LockCardAsync(questionId, cancellationToken);
        var record = await db.Cards.FirstOrDefaultAsync(c => c.QuestionId == questionId, cancellationToken);
        // The caller read its clock before waiting for the lock, and web nodes' clocks differ: a review applied
        // after a later-stamped one takes that one's time, so the log's (time, id) order is the order of
        // application and a replay reproduces this projection exactly.
        if (record?.LastReviewAt is { } last && at.ToUnixTimeMilliseconds() < last)
            at = DateTimeOffset.FromUnixTimeMilliseconds(last);
        if (answer is not null)
            answer.AnsweredAt = at.ToUnixTimeMilliseconds();
        var next = scheduler.Next(record is null ? CardState.New(at) : ToState(record), at, rating, questionId);
        db.Reviews.Add(new ReviewRecord
        {
            QuestionId = questionId,
            ReviewedAt = at.ToUnixTimeMilliseconds(),
            Rating = (int)rating,
            DurationMs = (int)Math.Clamp(duration.TotalMilliseconds, 0, int.MaxValue),
            ContentHash = contentHash,
            Source = source,
        });
        if (record is null)
        {
            record = new CardRecord { QuestionId = questionId, ContentHash = contentHash };
            db.Cards.Add(record);
        }
        Apply(record, next, contentHash);
        await db.SaveChangesAsync(cancellationToken);
        await WriteHook.PauseAsync(cancellationToken);
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return next;
    }

    /// <summary>
    /// Takes back the latest review of a card: removes that entry from the log and recomputes the card from the
    /// reviews left (the log is the truth, as in <see cref="RebuildAsync"/>); a card with none left is new again.
    /// Returns the rating taken back, or null when the card has no review.
    /// </summary>
    public async Task<Rating?> UndoLastAsync(string questionId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockCardAsync(questionId, cancellationToken);
        var reviews = await db.Reviews.Where(r => r.QuestionId == questionId)
            .OrderBy(r => r.ReviewedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        if (reviews.Count == 0)
            return null;
        var last = reviews[^1];
        db.Reviews.Remove(last);
        reviews.RemoveAt(reviews.Count - 1);
        var record = await db.Cards.FirstOrDefaultAsync(c => c.QuestionId == questionId, cancellationToken);
        if (reviews.Count == 0)
        {
            if (record is not null)
                db.Cards.Remove(record);
        }
        else
        {
            var state = CardState.New(DateTimeOffset.FromUnixTimeMilliseconds(reviews[0].ReviewedAt));
            foreach (var r in reviews)
                state = scheduler.Next(state, DateTimeOffset.FromUnixTimeMilliseconds(r.ReviewedAt), (Rating)r.Rating, questionId);
            if (record is null)
            {
                record = new CardRecord { QuestionId = questionId, ContentHash = reviews[^1].ContentHash };
                db.Cards.Add(record);
            }
            Apply(record, state, reviews[^1].ContentHash);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (Rating)last.Rating;
    }

    /// <summary>
    /// Recomputes every card from the review log (replaying each card's reviews in order) and replaces
    /// the projection in one transaction. Returns the number of reviews replayed and cards written.
    /// </summary>
    public async Task<(int Reviews, int Cards)> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAllCardsAsync(cancellationToken);
        await db.Cards.ExecuteDeleteAsync(cancellationToken);
        var reviews = db.Reviews.AsNoTracking()
            .OrderBy(r => r.QuestionId).ThenBy(r => r.ReviewedAt).ThenBy(r => r.Id)
            .Select(r => new { r.QuestionId, r.ReviewedAt, r.Rating, r.ContentHash })
            .AsAsyncEnumerable();
        var cards = new List<CardRecord>();
        string? current = null;
        var state = default(CardState);
        var hash = "";
        var count = 0;
        void Flush()
        {
            if (current is null)
                return;
            var record = new CardRecord { QuestionId = current, ContentHash = hash };
            Apply(record, state, hash);
            cards.Add(record);
        }
        await foreach (var r in reviews.WithCancellation(cancellationToken))
        {
            var at = DateTimeOffset.FromUnixTimeMilliseconds(r.ReviewedAt);
            if (r.QuestionId != current)
            {
                Flush();
                current = r.QuestionId;
                state = CardState.New(at);
            }
            state = scheduler.Next(state, at, (Rating)r.Rating, r.QuestionId);
            hash = r.ContentHash;
            count++;
        }
        Flush();
        db.Cards.AddRange(cards);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (count, cards.Count);
    }

    public static CardState ToState(CardRecord r) => new(
        (CardPhase)r.State, r.Stability, r.Difficulty, DateTimeOffset.FromUnixTimeMilliseconds(r.DueAt),
        r.LastReviewAt is { } last ? DateTimeOffset.FromUnixTimeMilliseconds(last) : null,
        r.Step, r.Reps, r.Lapses, r.ScheduledDays, 0);

    private static void Apply(CardRecord record, CardState state, string contentHash)
    {
        record.State = (int)state.State;
        record.Stability = state.Stability;
        record.Difficulty = state.Difficulty;
        record.DueAt = state.Due.ToUnixTimeMilliseconds();
        record.LastReviewAt = state.LastReview?.ToUnixTimeMilliseconds();
        record.Step = state.Step;
        record.Reps = state.Reps;
        record.Lapses = state.Lapses;
        record.ScheduledDays = state.ScheduledDays;
        record.ContentHash = contentHash;
    }
}
