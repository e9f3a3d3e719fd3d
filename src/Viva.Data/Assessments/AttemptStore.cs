using Microsoft.EntityFrameworkCore;

namespace Viva.Data.Assessments;

/// <summary>
/// The writes of an attempt that must hold under concurrency: a link used once, an answer saved only
/// while the attempt is open and never overwritten by an older edit, and one submission.
/// </summary>
public static class AttemptStore
{
    /// <summary>
    /// Uses the invitation and opens its attempt in one transaction; false when the link was used (or
    /// expired) first: the update is conditional, so two tabs or two people cannot both open one link.
    /// </summary>
    public static async Task<bool> OpenAsync(VivaDb db, AssessmentInvitationRecord invitation, AttemptRecord attempt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = now.ToUnixTimeMilliseconds();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await db.AssessmentInvitations.Where(i => i.Id == invitation.Id && i.UsedAt == null && i.ExpiresAt > at)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, at).SetProperty(i => i.AttemptId, attempt.Id), cancellationToken);
        if (changed != 1)
            return false;
        db.Attempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Saves one answer if the attempt is started and not submitted, and this edit is not older than the
    /// stored one (autosaves can arrive out of order); one statement on both providers. Returns whether
    /// the stored answer is now this edit. The clock is the caller's to check (it knows the deadline).
    /// </summary>
    public static async Task<bool> SaveAnswerAsync(VivaDb db, string attemptId, string itemKey, string text, long revision, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = now.ToUnixTimeMilliseconds();
        var changed = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO attempt_answers ("AttemptId", "ItemKey", "Text", "Revision", "SavedAt")
            SELECT {attemptId}, {itemKey}, {text}, {revision}, {at}
            WHERE EXISTS (SELECT 1 FROM attempts WHERE "Id" = {attemptId} AND "StartedAt" IS NOT NULL AND "SubmittedAt" IS NULL)
            ON CONFLICT ("AttemptId", "ItemKey") DO UPDATE
            SET "Text" = excluded."Text", "Revision" = excluded."Revision", "SavedAt" = excluded."SavedAt"
            WHERE attempt_answers."Revision" <= excluded."Revision"
            """, cancellationToken);
        return changed == 1;
    }

    /// <summary>The longest AI-use declaration kept.</summary>
    public const int MaxDeclarationLength = 4000;

    /// <summary>Stores the candidate's AI-use declaration while the attempt is not submitted.</summary>
    public static Task SaveDeclarationAsync(VivaDb db, string attemptId, string declaration, CancellationToken cancellationToken) =>
        db.Attempts.Where(a => a.Id == attemptId && a.SubmittedAt == null).ExecuteUpdateAsync(s => s.SetProperty(a => a.AiDeclaration, declaration), cancellationToken);

    /// <summary>Starts the clock once; false when it had started already.</summary>
    public static async Task<bool> StartAsync(VivaDb db, AttemptRecord attempt, bool discloseExtraTime, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = now.ToUnixTimeMilliseconds();
        return await db.Attempts.Where(a => a.Id == attempt.Id && a.StartedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.StartedAt, at).SetProperty(a => a.DiscloseExtraTime, discloseExtraTime), cancellationToken) == 1;
    }

    /// <summary>Marks the attempt submitted once (by <c>candidate</c> or <c>time</c>); false when it already was. Call inside the transaction that records what the submission makes.</summary>
    public static async Task<bool> SubmitAsync(VivaDb db, string attemptId, string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var ms = at.ToUnixTimeMilliseconds();
        return await db.Attempts.Where(a => a.Id == attemptId && a.SubmittedAt == null && a.StartedAt != null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.SubmittedAt, ms).SetProperty(a => a.SubmittedBy, by), cancellationToken) == 1;
    }

    /// <summary>
    /// Takes one of the exercise's test runs for the attempt: a row for the run, written before it runs, so two
    /// requests at once cannot both take the last one (they take turns on the attempt's lock). Null when none is
    /// left. The caller fills the row in with the outcome, or gives it back (<see cref="ReturnRunAsync"/>) when the
    /// run could not happen.
    /// </summary>
    public static async Task<AttemptRunRecord?> TakeRunAsync(VivaDb db, string attemptId, string questionId, string code, int allowed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAttemptAsync(attemptId, cancellationToken);
        if (await db.AttemptRuns.CountAsync(r => r.AttemptId == attemptId && r.QuestionId == questionId && !r.Final, cancellationToken) >= allowed)
            return null;
        var run = new AttemptRunRecord { AttemptId = attemptId, QuestionId = questionId, Code = code, Outcomes = "", RanAt = now.ToUnixTimeMilliseconds() };
        db.AttemptRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    /// <summary>Gives back a run taken by <see cref="TakeRunAsync"/> that did not happen (a busy sandbox): it does not count.</summary>
    public static Task ReturnRunAsync(VivaDb db, AttemptRunRecord run, CancellationToken cancellationToken) =>
        db.AttemptRuns.Where(r => r.Id == run.Id).ExecuteDeleteAsync(cancellationToken);
}
