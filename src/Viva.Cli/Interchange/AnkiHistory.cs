using Microsoft.EntityFrameworkCore;
using Viva.Core.Interchange.Anki;
using Viva.Core.Scheduling;
using Viva.Data;
using Viva.Data.Reviews;

namespace Viva.Cli.Interchange;

/// <summary>
/// Brings an Anki package's review history into Viva's review log: each answer (its rating, from Anki's ease; the revlog
/// id is its time in milliseconds) of a note that became a question in the bank is appended with source
/// "anki", and the cards' FSRS states are then recomputed from the log. Answers already imported (same
/// question, same time, from Anki) are not added twice, so importing the same package again changes nothing.
/// </summary>
internal static class AnkiHistory
{
    public const string Source = "anki";

    public static async Task<string> ImportAsync(VivaDb db, IReadOnlyList<AnkiReview> reviews, IReadOnlyDictionary<long, string> questionOfNote,
        IReadOnlyDictionary<string, string> hashes, CancellationToken ct)
    {
        var ids = questionOfNote.Values.Where(hashes.ContainsKey).ToList();
        var known = (await db.Reviews.Where(r => r.Source == Source && ids.Contains(r.QuestionId))
            .Select(r => new { r.QuestionId, r.ReviewedAt }).ToListAsync(ct)).Select(r => (r.QuestionId, r.ReviewedAt)).ToHashSet();
        var (added, already, unmatched) = (0, 0, 0);
        foreach (var review in reviews)
        {
            if (!questionOfNote.TryGetValue(review.NoteId, out var id) || !hashes.TryGetValue(id, out var hash))
            {
                unmatched++;
                continue;
            }
            var at = review.At.ToUnixTimeMilliseconds();
            if (!known.Add((id, at)))
            {
                already++;
                continue;
            }
            db.Reviews.Add(new ReviewRecord { QuestionId = id, ReviewedAt = at, Rating = review.Rating, DurationMs = review.DurationMs, ContentHash = hash, Source = Source });
            added++;
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        var (replayed, cards) = await new ReviewLog(db, new FsrsScheduler(FsrsParameters.Default with { EnableFuzz = true })).RebuildAsync(ct);
        return $"history: {added} Anki reviews added to the review log ({already} already there, {unmatched} of notes not imported); "
            + $"{cards} cards recomputed from {replayed} reviews";
    }
}
