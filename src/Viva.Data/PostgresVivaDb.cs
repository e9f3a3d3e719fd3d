using Microsoft.EntityFrameworkCore;

namespace Viva.Data;

/// <summary>The PostgreSQL flavour of <see cref="VivaDb"/>; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresVivaDb(DbContextOptions<PostgresVivaDb> options) : VivaDb(options)
{
    // Under READ COMMITTED two appends to one card would both read its old state and the later write
    // would drop the earlier review from the projection (or both would insert a new card). Transaction-
    // scoped advisory locks prevent it: (1, 0) is shared by every append and taken alone by a rebuild;
    // (2, hash of owner and id) is one card's, so appends to different cards still run side by side.
    public override Task LockCardAsync(string questionId, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared(1, 0), pg_advisory_xact_lock(2, hashtext({UserId} || '/' || {questionId}))", cancellationToken);

    public override Task LockAllCardsAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(1, 0)", cancellationToken);

    // (3, hash of the attempt): two run requests of one attempt would both count the runs used and both run.
    public override Task LockAttemptAsync(string attemptId, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(3, hashtext({attemptId}))", cancellationToken);
}
