using Microsoft.EntityFrameworkCore;
using Viva.Data.Limits;
using Viva.Tests.Shared;

namespace Viva.Data.Tests.Limits;

/// <summary>Limits that must hold across web nodes: each context here stands for a node with its own connection.</summary>
public abstract class RateCounterContract(ITestDatabases databases) : DatabaseContract(databases)
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 6, 12, 0, 30, TimeSpan.Zero);

    [Fact]
    public async Task Four_nodes_taking_at_once_grant_exactly_the_limit_between_them()
    {
        var nodes = new List<VivaDb>();
        for (var n = 0; n < 4; n++)
            nodes.Add(Open());
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
            Assert.Equal(40, await Db.RateCounters.Where(c => c.Key == "signin:203.0.113.7").SumAsync(c => c.Count));
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
        Assert.True(await RateCounters.TryTakeAsync(Db, "a", 1, minute, Noon));
        Assert.False(await RateCounters.TryTakeAsync(Db, "a", 1, minute, Noon.AddSeconds(20)));
        Assert.True(await RateCounters.TryTakeAsync(Db, "b", 1, minute, Noon));
        Assert.True(await RateCounters.TryTakeAsync(Db, "a", 1, minute, Noon.AddSeconds(40)));

        Assert.True(await RateCounters.TryTakeAsync(Db, "c", 1, minute, Noon.AddHours(2)));
        Assert.Equal(["c"], await Db.RateCounters.Select(c => c.Key).ToListAsync());
    }
}

public sealed class SqliteRateCounterTests() : RateCounterContract(new SqliteTestDatabases());

public sealed class PostgresRateCounterTests(PostgresServer server) : RateCounterContract(new PostgresTestDatabases(server)), IClassFixture<PostgresServer>;
