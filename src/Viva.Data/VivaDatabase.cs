using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Viva.Data;

/// <summary>
/// Opens the user's database: SQLite in the data directory by default, PostgreSQL when given a
/// connection string such as <c>Host=…;Database=viva</c> or a <c>postgres://</c> URL.
/// </summary>
public static class VivaDatabase
{
    /// <summary><c>$XDG_DATA_HOME/viva/viva.db</c>, else <c>~/.local/share/viva/viva.db</c>.</summary>
    public static string DefaultSqlitePath()
    {
        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrEmpty(dataHome))
            dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(dataHome, "viva", "viva.db");
    }

    public static bool IsPostgres(string connection) =>
        connection.StartsWith("Host=", StringComparison.OrdinalIgnoreCase) || connection.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || connection.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>A context for <paramref name="connection"/> (a path, an SQLite or a PostgreSQL connection string; null for the default).</summary>
    public static VivaDb Create(string? connection = null)
    {
        connection ??= Environment.GetEnvironmentVariable("VIVA_DB") ?? DefaultSqlitePath();
        var (options, directory) = Options.GetOrAdd(connection, BuildOptions);
        if (options is DbContextOptions<PostgresVivaDb> postgres)
            return new PostgresVivaDb(postgres);
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory); // each time: the file's folder may have been removed since
        return new SqliteVivaDb((DbContextOptions<SqliteVivaDb>)options);
    }

    /// <summary>
    /// Options built once per connection: building them costs more than the context itself (0.14 of 0.16 ms), and a
    /// context is made for every request and every dispatched run.
    /// </summary>
    private static readonly ConcurrentDictionary<string, (DbContextOptions Options, string? Directory)> Options = new();

    private static (DbContextOptions, string?) BuildOptions(string connection)
    {
        if (IsPostgres(connection))
            return (new DbContextOptionsBuilder<PostgresVivaDb>().UseNpgsql(connection).Options, null);
        var builder = new SqliteConnectionStringBuilder(connection.Contains('=', StringComparison.Ordinal) ? connection : $"Data Source={connection}")
        {
            // Microsoft.Data.Sqlite retries a busy database until this many seconds have passed, so a
            // CLI and a web server writing to one file wait for each other instead of failing.
            DefaultTimeout = 30,
            Pooling = true,
        };
        var options = new DbContextOptionsBuilder<SqliteVivaDb>()
            .UseSqlite(builder.ToString())
            .AddInterceptors(SqlitePragmas.Instance)
            .Options;
        return (options, Path.GetDirectoryName(builder.DataSource)); // relative stays relative: SQLite opens it from the current folder
    }

    /// <summary>
    /// Brings the schema up to date, and data an older Viva wrote in a form no longer kept (plain-text
    /// recovery codes). Safe to call at every start; migrations run in a transaction.
    /// </summary>
    public static async Task MigrateAsync(VivaDb db, CancellationToken cancellationToken = default)
    {
        // WAL is a property of the file, so it is set once here rather than on every connection.
        if (db is SqliteVivaDb)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await Accounts.RecoveryCodes.HashPlainTextAsync(db, cancellationToken);
    }

    /// <summary>Per-connection settings: busy_timeout covers the cases the driver does not retry; NORMAL sync is safe under WAL.</summary>
    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        public static readonly SqlitePragmas Instance = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private static void Apply(DbConnection connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";
            command.ExecuteNonQuery();
        }
    }
}
