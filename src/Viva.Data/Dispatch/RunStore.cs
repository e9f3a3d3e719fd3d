using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Viva.Data.Dispatch;

/// <summary>The writes of dispatched runs that race: a result is stored once, by whichever worker gets there first.</summary>
public static class RunStore
{
    // The two writes every dispatched run makes are plain statements on the provider's own pooled connection. Through EF
    // Core each cost about 0.9 ms (opening its connection, change tracking) against 0.06 ms for the statement itself,
    // and both sit on the path a waiting user feels (`bench dispatch`, overhead per run). Reads stay in EF.

    /// <summary>
    /// Records a run as queued. The web node writes this row while it publishes the job, not before (a round trip off the
    /// waiting user's path), so a quick worker may have stored the finished run first: that row is kept as it is.
    /// </summary>
    public static async Task CreateAsync(VivaDb db, RunRecord run, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(db, cancellationToken);
        await using var command = Command(connection, Insert + """ ON CONFLICT ("Id") DO NOTHING""",
            Columns(db, run, run.Status, run.Result, run.FinishedAt, run.FinishedBy));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Stores the outcome of <paramref name="run"/> (the row as queued) unless one is stored already (a redelivered job
    /// ran twice: the first result wins, so a waiting client never sees two answers to one run); writes the whole row if
    /// the web node's has not landed yet. True when this call stored it.
    /// </summary>
    public static async Task<bool> FinishAsync(VivaDb db, RunRecord run, string status, string result, string worker, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(db, cancellationToken);
        // One upsert whose update only applies to a queued row: atomic on both providers, so two workers cannot both win.
        await using var command = Command(connection, Insert + """
             ON CONFLICT ("Id") DO UPDATE SET "Status" = excluded."Status", "Result" = excluded."Result",
                "FinishedAt" = excluded."FinishedAt", "FinishedBy" = excluded."FinishedBy"
            WHERE runs."Status" = @queued
            """, [.. Columns(db, run, status, result, now.ToUnixTimeMilliseconds(), worker), ("queued", RunStates.Queued)]);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private const string Insert = """
        INSERT INTO runs ("Id", "Kind", "Owner", "Python", "Deadline", "CreatedAt", "Status", "Result", "FinishedAt", "FinishedBy")
        VALUES (@id, @kind, @owner, @python, @deadline, @created, @status, @result, @finishedAt, @finishedBy)
        """;

    /// <summary>The parameters of <see cref="Insert"/>: the run's row, with the outcome given apart.</summary>
    private static (string Name, object? Value)[] Columns(VivaDb db, RunRecord run, string status, string? result, long? finishedAt, string? finishedBy) =>
    [
        ("id", Key(db, run.Id)), ("kind", run.Kind), ("owner", run.Owner), ("python", run.Python), ("deadline", run.Deadline),
        ("created", run.CreatedAt), ("status", status), ("result", result), ("finishedAt", finishedAt), ("finishedBy", finishedBy),
    ];

    private static async Task<DbConnection> OpenAsync(VivaDb db, CancellationToken cancellationToken)
    {
        var connectionString = db.Database.GetConnectionString();
        DbConnection connection = db is SqliteVivaDb ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        if (connection is SqliteConnection)
        {
            // A new pooled SQLite connection has not had VivaDatabase's per-connection settings; these are the same ones.
            // A command of its own: in one command with the write, SQLite would add the last write's stale row count.
            await using var settings = connection.CreateCommand();
            settings.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";
            await settings.ExecuteNonQueryAsync(cancellationToken);
        }
        return connection;
    }

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in values)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>The id as each provider's model stores it: EF Core keeps a Guid in SQLite as upper-case text, PostgreSQL as uuid.</summary>
    private static object Key(VivaDb db, Guid id) => db is SqliteVivaDb ? id.ToString().ToUpperInvariant() : id;

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
