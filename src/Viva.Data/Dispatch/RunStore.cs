using Microsoft.EntityFrameworkCore;

namespace Viva.Data.Dispatch;

/// <summary>The writes of dispatched runs that race: a result is stored once, by whichever worker gets there first.</summary>
public static class RunStore
{
    public static async Task CreateAsync(VivaDb db, RunRecord run, CancellationToken cancellationToken)
    {
        db.Runs.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(run).State = EntityState.Detached;
    }

    /// <summary>
    /// Stores the outcome unless one is stored already (a redelivered job ran twice: the first result wins, so a
    /// waiting client never sees two answers to one run). True when this call stored it.
    /// </summary>
    public static async Task<bool> FinishAsync(VivaDb db, Guid id, string status, string result, string worker, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = now.ToUnixTimeMilliseconds();
        // One conditional UPDATE: atomic on both providers, so two workers cannot both win.
        var stored = await db.Runs.Where(r => r.Id == id && r.Status == RunStates.Queued).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.Status, status).SetProperty(r => r.Result, result)
            .SetProperty(r => r.FinishedAt, at).SetProperty(r => r.FinishedBy, worker), cancellationToken);
        return stored == 1;
    }

    /// <summary>
    /// True when <paramref name="e"/> says the database could not be reached or dropped the connection (a restart, a
    /// failover): the driver's error, however EF Core wrapped it (DbUpdateException, "likely a transient failure").
    /// </summary>
    public static bool IsUnreachable(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is System.Data.Common.DbException)
                return true;
        }
        return false;
    }

    public static Task<RunRecord?> FindAsync(VivaDb db, Guid id, CancellationToken cancellationToken) =>
        db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
}
