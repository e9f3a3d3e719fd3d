using Microsoft.EntityFrameworkCore;
using Viva.Data.Limits;
using Viva.Tests.Shared;

namespace Viva.Data.Tests.Limits;

/// <summary>Limits that must hold across web nodes: each context here stands for a node with its own connection.</summary>
public abstract class RateCounterContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 6, 12, 0, 30, TimeSpan.Zero);
    private VivaDb _db = null!;

    protected abstract Task<VivaDb> OpenAsync();

    public async Task InitializeAsync()
    {
        _db = await OpenAsync();
        await VivaDatabase.MigrateAsync(_db);
    }

    public virtual async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Four_nodes_taking_at_once_grant_exactly_the_limit_between_them()
    {
        var nodes = new List<VivaDb>();
        for (var n = 0; n < 4; n++)
            nodes.Add(await OpenAsync());
        try
        {
            var granted = await Task.WhenAll(nodes.Select(db => Task.Run(async () =>
            {
                var mine = 0;
                for (var i = 0; i < 10; i++)
                    mine += await RateCounters.TryTakeAsync(db, "signin:203.0.113.7", 10, TimeSpan.FromMinutes(1), Noon) ? 1 : 0;
                return mine;
            })));

            Assert.Equal(10, granted.Sum());
            Assert.Equal(40, await _db.RateCounters.Where(c => c.Key == "signin:203.0.113.7").SumAsync(c => c.Count));
        }
        finally
        {
            foreach (var db in nodes)
                await db.DisposeAsync();
        }
    }

    [Fact]
    public async Task Keys_and_windows_are_counted_apart_and_old_windows_are_deleted()
    {
        var minute = TimeSpan.FromMinutes(1);
        Assert.True(await RateCounters.TryTakeAsync(_db, "a", 1, minute, Noon));
        Assert.False(await RateCounters.TryTakeAsync(_db, "a", 1, minute, Noon.AddSeconds(20)));
        Assert.True(await RateCounters.TryTakeAsync(_db, "b", 1, minute, Noon));
        Assert.True(await RateCounters.TryTakeAsync(_db, "a", 1, minute, Noon.AddSeconds(40)));

        Assert.True(await RateCounters.TryTakeAsync(_db, "c", 1, minute, Noon.AddHours(2)));
        Assert.Equal(["c"], await _db.RateCounters.Select(c => c.Key).ToListAsync());
    }
}

public sealed class SqliteRateCounterTests : RateCounterContract
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-limits-").FullName;

    protected override Task<VivaDb> OpenAsync() => Task.FromResult(VivaDatabase.Create(Path.Combine(_dir, "viva.db")));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

public sealed class PostgresRateCounterTests(PostgresServer server) : RateCounterContract, IClassFixture<PostgresServer>
{
    private string? _connection;

    protected override async Task<VivaDb> OpenAsync() => VivaDatabase.Create(_connection ??= await server.CreateDatabaseAsync());
}
