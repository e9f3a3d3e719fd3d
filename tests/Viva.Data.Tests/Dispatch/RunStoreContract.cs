using Microsoft.EntityFrameworkCore;
using Viva.Data.Dispatch;
using Viva.Tests.Shared;

namespace Viva.Data.Tests.Dispatch;

/// <summary>
/// The runs table's racing writes, written as plain statements, against EF Core's model of the same table: what one
/// writes the other reads, and a result is stored once however many workers finish the run.
/// </summary>
public abstract class RunStoreContract(ITestDatabases databases) : DatabaseContract(databases)
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private static RunRecord Queued(Guid id, string? owner = "alice") => new()
    {
        Id = id, Kind = "program", Owner = owner, Python = "3.11", Deadline = 42, CreatedAt = 7, Status = RunStates.Queued,
    };

    [Fact]
    public async Task A_created_run_reads_back_through_the_model_field_by_field()
    {
        var id = Guid.CreateVersion7(Noon);
        await RunStore.CreateAsync(Db, Queued(id), CancellationToken.None);
        await RunStore.CreateAsync(Db, Queued(Guid.CreateVersion7(Noon), owner: null), CancellationToken.None);

        var row = await RunStore.FindAsync(Db, id, CancellationToken.None);
        Assert.NotNull(row);
        Assert.Equal(("program", "alice", "3.11", 42L, 7L, RunStates.Queued), (row.Kind, row.Owner, row.Python, row.Deadline, row.CreatedAt, row.Status));
        Assert.Null(row.Result);
        Assert.Equal(1, await Db.Runs.CountAsync(r => r.Owner == null));
        Assert.Equal(1, await Db.Runs.CountAsync(r => r.Id == id)); // the model's own query finds the key as it was written
    }

    [Fact]
    public async Task The_first_result_is_kept_and_every_later_one_is_refused()
    {
        // Many runs on the same pooled connections: a count that leaked from an earlier statement would show here.
        for (var i = 0; i < 20; i++)
        {
            var id = Guid.CreateVersion7(Noon);
            await RunStore.CreateAsync(Db, Queued(id), CancellationToken.None);
            Assert.True(await RunStore.FinishAsync(Db, Queued(id), RunStates.Done, "first", "w1", Noon, CancellationToken.None));
            Assert.False(await RunStore.FinishAsync(Db, Queued(id), RunStates.Done, "second", "w2", Noon.AddSeconds(1), CancellationToken.None));
            var row = await RunStore.FindAsync(Db, id, CancellationToken.None);
            Assert.Equal((RunStates.Done, "first", "w1", Noon.ToUnixTimeMilliseconds()), (row!.Status, row.Result, row.FinishedBy, row.FinishedAt));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // the web node's row not written yet: the workers race to write the whole row
    public async Task Four_workers_finishing_one_run_at_once_store_it_once(bool created)
    {
        var id = Guid.CreateVersion7(Noon);
        if (created)
            await RunStore.CreateAsync(Db, Queued(id), CancellationToken.None);
        var workers = new List<VivaDb>();
        for (var n = 0; n < 4; n++)
            workers.Add(Open());
        try
        {
            var stored = await Task.WhenAll(workers.Select((db, n) => Task.Run(() =>
                RunStore.FinishAsync(db, Queued(id), RunStates.Done, $"result of w{n}", $"w{n}", Noon, CancellationToken.None))));

            Assert.Single(stored, s => s);
            var winner = Array.IndexOf(stored, true);
            Assert.Equal($"result of w{winner}", (await RunStore.FindAsync(Db, id, CancellationToken.None))!.Result);
        }
        finally
        {
            foreach (var db in workers)
                await db.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_result_stored_before_its_row_is_kept_when_the_row_arrives()
    {
        // The web node writes the row while the job is out; a quick worker can store the finished run first.
        var id = Guid.CreateVersion7(Noon);
        Assert.True(await RunStore.FinishAsync(Db, Queued(id), RunStates.Done, "early", "w1", Noon, CancellationToken.None));
        await RunStore.CreateAsync(Db, Queued(id), CancellationToken.None);
        Assert.False(await RunStore.FinishAsync(Db, Queued(id), RunStates.Done, "late", "w2", Noon, CancellationToken.None));

        var row = await RunStore.FindAsync(Db, id, CancellationToken.None);
        Assert.Equal((RunStates.Done, "early", "w1", "alice", "program", 42L, 7L), (row!.Status, row.Result, row.FinishedBy, row.Owner, row.Kind, row.Deadline, row.CreatedAt));
        Assert.Equal(1, await Db.Runs.CountAsync());
    }
}

public sealed class SqliteRunStoreTests() : RunStoreContract(new SqliteTestDatabases());

public sealed class PostgresRunStoreTests(PostgresServer server) : RunStoreContract(new PostgresTestDatabases(server)), IClassFixture<PostgresServer>;
