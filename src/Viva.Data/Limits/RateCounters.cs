using Microsoft.EntityFrameworkCore;

namespace Viva.Data.Limits;

/// <summary>
/// Fixed-window limits kept in the database, so they hold across web nodes: each use is one atomic
/// upsert that returns the window's new count (PostgreSQL's row lock, SQLite's write lock), and no node
/// can grant a use another node already counted. A process-local limiter would give each of N nodes
/// the whole allowance.
/// </summary>
public static class RateCounters
{
    /// <summary>Counters of windows this old are deleted, when a new window starts for any key.</summary>
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    /// <summary>
    /// Counts one use of <paramref name="key"/> in the current window of length <paramref name="window"/>;
    /// true while the count is within <paramref name="limit"/>. A refused use still counts, so hammering
    /// does not reopen the window early.
    /// </summary>
    public static async Task<bool> TryTakeAsync(VivaDb db, string key, int limit, TimeSpan window, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var start = nowMs - nowMs % (long)window.TotalMilliseconds;
        // Both providers speak ON CONFLICT ... RETURNING (SQLite since 3.35); EF's scalar query wants the column "Value".
        var counts = await db.Database.SqlQuery<int>($"""
            INSERT INTO rate_counters ("Key", "WindowStart", "Count") VALUES ({key}, {start}, 1)
            ON CONFLICT ("Key", "WindowStart") DO UPDATE SET "Count" = rate_counters."Count" + 1
            RETURNING "Count" AS "Value"
            """).ToListAsync(cancellationToken);
        var count = counts.Single();
        if (count == 1)
        {
            var cutoff = nowMs - (long)KeptFor.TotalMilliseconds;
            await db.Database.ExecuteSqlAsync($"""DELETE FROM rate_counters WHERE "WindowStart" < {cutoff}""", cancellationToken);
        }
        return count <= limit;
    }
}
