using Microsoft.EntityFrameworkCore;
using Viva.Data;

namespace Viva.Cli.Tests.Database;

/// <summary><c>viva db migrate</c> as an operator runs it before rolling a new version out to several nodes.</summary>
public sealed class DbMigrateTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-migrate-").FullName;

    private string Db => Path.Combine(_dir, "viva.db");

    [Fact]
    public async Task Migrate_applies_every_migration_once_and_then_reports_the_schema_up_to_date()
    {
        var first = await VivaProcess.RunAsync(_dir, "db", "migrate", "--db", Db);
        var second = await VivaProcess.RunAsync(_dir, "db", "migrate", "--db", Db);

        await using var db = VivaDatabase.Create(Db);
        var all = db.Database.GetMigrations().ToList();
        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"applied {all.Count} of {all.Count} migrations: {all[0]}", first.Stdout, StringComparison.Ordinal);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, second.ExitCode);
        Assert.Contains($"the schema is up to date ({all.Count} migrations)", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_fails_with_one_line()
    {
        var run = await VivaProcess.RunAsync(_dir, "db", "migrate", "--db", "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("viva: cannot reach PostgreSQL", run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.Stderr.Trim().Split('\n'));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
