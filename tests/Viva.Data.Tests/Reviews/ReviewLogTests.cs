using Microsoft.EntityFrameworkCore;
using Viva.Core.Scheduling;
using Viva.Data.Reviews;

namespace Viva.Data.Tests.Reviews;

public sealed class ReviewLogTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-db-").FullName;
    private readonly FsrsScheduler _scheduler = new(FsrsParameters.Default with { EnableFuzz = true });
    private VivaDb _db = null!;

    private string DbPath => Path.Combine(_dir, "viva.db");

    public async Task InitializeAsync()
    {
        _db = VivaDatabase.Create(DbPath);
        await VivaDatabase.MigrateAsync(_db);
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static readonly DateTimeOffset Start = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Appending_reviews_projects_the_same_state_as_the_scheduler()
    {
        var log = new ReviewLog(_db, _scheduler);
        var expected = CardState.New(Start);
        var at = Start;
        foreach (var rating in new[] { Rating.Good, Rating.Good, Rating.Again, Rating.Hard, Rating.Easy })
        {
            expected = _scheduler.Next(expected, at, rating);
            var actual = await log.AppendAsync("gil", "hash1", rating, at, TimeSpan.FromSeconds(20), "test");
            Assert.Equal(expected, actual);
            at = expected.Due.AddHours(3);
        }

        var card = await log.CardAsync("gil", at);
        Assert.Equal(expected with { ElapsedDays = 0 }, card);
        Assert.Equal(5, await _db.Reviews.CountAsync());
    }

    [Fact]
    public async Task Rebuild_recomputes_exactly_the_incremental_projection()
    {
        var log = new ReviewLog(_db, _scheduler);
        var random = new Random(7);
        var at = Start;
        for (var i = 0; i < 300; i++)
        {
            at = at.AddHours(random.Next(1, 200));
            await log.AppendAsync($"q{random.Next(12)}", "h", (Rating)random.Next(1, 5), at, TimeSpan.Zero, "test");
        }
        var before = await _db.Cards.AsNoTracking().OrderBy(c => c.QuestionId).ToListAsync();

        var (reviews, cards) = await log.RebuildAsync();

        var after = await _db.Cards.AsNoTracking().OrderBy(c => c.QuestionId).ToListAsync();
        Assert.Equal((300, before.Count), (reviews, cards));
        Assert.Equal(before.Select(ReviewLog.ToState), after.Select(ReviewLog.ToState));
    }

    [Fact]
    public async Task A_corrupt_database_file_fails_to_open_and_is_left_untouched()
    {
        var path = Path.Combine(_dir, "corrupt.db");
        var garbage = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("this is not a database ", 200)));
        await File.WriteAllBytesAsync(path, garbage);

        await using var db = VivaDatabase.Create(path);
        var error = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => VivaDatabase.MigrateAsync(db));

        Assert.Contains("not a database", error.Message, StringComparison.Ordinal);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Two_connections_writing_at_once_never_see_database_is_locked()
    {
        await using var other = VivaDatabase.Create(DbPath);
        var first = new ReviewLog(_db, _scheduler);
        var second = new ReviewLog(other, _scheduler);

        await Task.WhenAll(
            Task.Run(async () => { for (var i = 0; i < 100; i++) await first.AppendAsync($"a{i % 5}", "h", Rating.Good, Start.AddDays(i), TimeSpan.Zero, "cli"); }),
            Task.Run(async () => { for (var i = 0; i < 100; i++) await second.AppendAsync($"b{i % 5}", "h", Rating.Good, Start.AddDays(i), TimeSpan.Zero, "web"); }));

        Assert.Equal(200, await _db.Reviews.CountAsync());
        Assert.Equal(10, await _db.Cards.CountAsync());
    }

    [Fact]
    public async Task A_migrated_sqlite_database_is_in_wal_mode()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DbPath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
