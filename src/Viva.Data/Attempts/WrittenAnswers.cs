using Microsoft.EntityFrameworkCore;
using Viva.Core.Bank;
using Viva.Core.Grading;

namespace Viva.Data.Attempts;

/// <summary>Stores and reads confirmed key-point checklists (<see cref="WrittenAnswerRecord"/>), the same for the web, the API and <c>viva practice</c>.</summary>
public static class WrittenAnswers
{
    /// <summary>
    /// Stores a checklist the person confirmed. The matcher is run here on the answer itself, never taken
    /// from the caller, so the stored matcher ticks are the matcher's own.
    /// The answer is the one written, null when it was only thought through; the ticks are the person's,
    /// one per key point in file order; the source is <c>web</c>, <c>api</c> or <c>practice</c>.
    /// </summary>
    public static async Task<WrittenAnswerRecord> ConfirmAsync(this VivaDb db, Question question, string? answer, IReadOnlyList<bool> confirmed,
        string source, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var matcher = answer is null ? null : RubricGrader.Grade(question.KeyPoints, answer);
        var record = new WrittenAnswerRecord
        {
            QuestionId = question.Id, ContentHash = question.ContentHash, AnsweredAt = at.ToUnixTimeMilliseconds(), Answer = answer,
            MatcherTicks = matcher is null ? null : KeyPointChecklist.Format(KeyPointChecklist.Ticks(matcher)), MatcherScore = matcher?.Score,
            ConfirmedTicks = KeyPointChecklist.Format(confirmed), Score = KeyPointChecklist.Score(question.KeyPoints, confirmed), Source = source,
        };
        db.WrittenAnswers.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    /// <summary>The latest confirmed checklists, newest first; of one question when <paramref name="questionId"/> is given.</summary>
    public static Task<List<WrittenAnswerRecord>> LatestAsync(this VivaDb db, string? questionId, int count, CancellationToken cancellationToken) =>
        db.WrittenAnswers.AsNoTracking().Where(a => questionId == null || a.QuestionId == questionId)
            .OrderByDescending(a => a.AnsweredAt).ThenByDescending(a => a.Id).Take(count).ToListAsync(cancellationToken);
}
