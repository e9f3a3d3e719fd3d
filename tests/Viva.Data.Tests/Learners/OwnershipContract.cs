using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Viva.Core.Scheduling;
using Viva.Data.Attempts;
using Viva.Data.Learners;
using Viva.Data.Reviews;
using Viva.Tests.Shared;

namespace Viva.Data.Tests.Learners;

/// <summary>Two users on one database see, change and rebuild only their own rows, on every database.</summary>
public abstract class OwnershipContract(ITestDatabases databases) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly FsrsScheduler _scheduler = new(FsrsParameters.Default);

    /// <summary>The connection string of a new database, migrated up to <paramref name="migration"/> (null: all).</summary>
    private async Task<string> NewDatabaseAsync(string? migration = null)
    {
        var connection = await databases.CreateAsync();
        await using var db = VivaDatabase.Create(connection);
        await MigrateToAsync(db, migration);
        return connection;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await databases.DisposeAsync();

    [Fact]
    public async Task Rows_from_before_accounts_belong_to_the_local_user_after_the_upgrade()
    {
        string connection;
        await using (var probe = VivaDatabase.Create(":memory:"))
        {
            // By name, not id: each provider's migrations carry their own timestamps.
            var names = probe.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]).ToList();
            connection = await NewDatabaseAsync(names[names.IndexOf("Accounts") - 1]);
        }
        await using (var old = VivaDatabase.Create(connection))
        {
            await old.Database.ExecuteSqlRawAsync("""INSERT INTO settings ("Name", "Value") VALUES ('new-cards-per-day', '4')""");
            await old.Database.ExecuteSqlRawAsync("""INSERT INTO reviews ("QuestionId", "ReviewedAt", "Rating", "DurationMs", "ContentHash", "Source") VALUES ('gil', 1, 3, 1000, 'h', 'test')""");
            await VivaDatabase.MigrateAsync(old);
        }

        await using var local = VivaDatabase.Create(connection);
        await using var bob = Open(connection, "bob");
        Assert.Equal(4, await StudySettings.NewCardsPerDayAsync(local));
        Assert.Equal(1, await local.Reviews.CountAsync());
        Assert.Equal(0, await bob.Reviews.CountAsync());
    }

    private static Task MigrateToAsync(VivaDb db, string? migration) =>
        migration is null ? VivaDatabase.MigrateAsync(db) : db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(migration);

    private static VivaDb Open(string connection, string userId)
    {
        var db = VivaDatabase.Create(connection);
        db.UserId = userId;
        return db;
    }

    [Fact]
    public async Task Each_user_reads_only_their_own_reviews_cards_answers_and_settings()
    {
        var connection = await NewDatabaseAsync();
        await using (var alice = Open(connection, "alice"))
        {
            var log = new ReviewLog(alice, _scheduler);
            await log.AppendAsync("gil", "h", Rating.Good, Start, TimeSpan.FromSeconds(9), "test");
            await log.AppendAsync("gil", "h", Rating.Easy, Start.AddDays(3), TimeSpan.FromSeconds(9), "test");
            await StudySettings.SetNewCardsPerDayAsync(alice, 3);
            alice.WrittenAnswers.Add(new WrittenAnswerRecord { QuestionId = "gil", ContentHash = "h", AnsweredAt = 1, Answer = "alice's", MatcherTicks = "", ConfirmedTicks = "1", Source = "test" });
            await alice.SaveChangesAsync();
        }
        await using (var bob = Open(connection, "bob"))
        {
            Assert.Equal(0, await bob.Reviews.CountAsync());
            Assert.Equal(0, await bob.Cards.CountAsync());
            Assert.Equal(0, await bob.WrittenAnswers.CountAsync());
            Assert.Equal(StudySettings.DefaultNewCardsPerDay, await StudySettings.NewCardsPerDayAsync(bob));
            // The same question is a card of each user: the key is (owner, question).
            await new ReviewLog(bob, _scheduler).AppendAsync("gil", "h", Rating.Again, Start, TimeSpan.FromSeconds(5), "test");
            await StudySettings.SetNewCardsPerDayAsync(bob, 7);
            Assert.Equal(1, await bob.Reviews.CountAsync());
            // Even an explicit look-up by another user's row id finds nothing.
            var aliceAnswerId = await bob.WrittenAnswers.IgnoreQueryFilters().Select(a => a.Id).SingleAsync();
            Assert.Null(await bob.WrittenAnswers.FirstOrDefaultAsync(a => a.Id == aliceAnswerId));
        }
        await using (var alice = Open(connection, "alice"))
        {
            Assert.Equal(2, await alice.Reviews.CountAsync());
            Assert.Equal(3, await StudySettings.NewCardsPerDayAsync(alice));
            Assert.Equal(Rating.Easy, (Rating)(await alice.Reviews.OrderBy(r => r.ReviewedAt).LastAsync()).Rating);
            Assert.Equal(2, await alice.Cards.IgnoreQueryFilters().CountAsync());
        }
    }

    [Fact]
    public async Task A_rebuild_and_an_undo_touch_only_their_user()
    {
        var connection = await NewDatabaseAsync();
        await using var alice = Open(connection, "alice");
        await using var bob = Open(connection, "bob");
        var aliceLog = new ReviewLog(alice, _scheduler);
        var bobLog = new ReviewLog(bob, _scheduler);
        var aliceCard = await aliceLog.AppendAsync("gil", "h", Rating.Good, Start, TimeSpan.FromSeconds(9), "test");
        await bobLog.AppendAsync("gil", "h", Rating.Again, Start, TimeSpan.FromSeconds(9), "test");
        await bobLog.AppendAsync("slots", "h", Rating.Good, Start, TimeSpan.FromSeconds(9), "test");

        Assert.Equal((2, 2), await bobLog.RebuildAsync());
        Assert.NotNull(await bobLog.UndoLastAsync("gil"));

        Assert.Equal(aliceCard, await aliceLog.CardAsync("gil", Start));
        Assert.Equal(1, await alice.Reviews.CountAsync());
        Assert.Equal(1, await bob.Reviews.CountAsync());
    }

    [Fact]
    public async Task Each_user_gets_their_own_learner_id()
    {
        var connection = await NewDatabaseAsync();
        await using var alice = Open(connection, "alice");
        await using var bob = Open(connection, "bob");

        Assert.NotEqual(await LocalLearner.IdAsync(alice), await LocalLearner.IdAsync(bob));
        Assert.Equal(await LocalLearner.IdAsync(alice), await LocalLearner.IdAsync(alice));
    }

    [Fact]
    public async Task Rows_are_stamped_with_the_local_user_when_no_one_is_named()
    {
        var connection = await NewDatabaseAsync();
        await using (var local = VivaDatabase.Create(connection))
            await new ReviewLog(local, _scheduler).AppendAsync("gil", "h", Rating.Good, Start, TimeSpan.FromSeconds(9), "test");
        await using var any = Open(connection, "someone");

        var owners = await any.Reviews.IgnoreQueryFilters().Select(r => EF.Property<string>(r, VivaDb.OwnerColumn)).ToListAsync();

        Assert.Equal([VivaDb.LocalUserId], owners);
    }
}

public sealed class SqliteOwnershipTests() : OwnershipContract(new SqliteTestDatabases());

public sealed class PostgresOwnershipTests(PostgresServer server) : OwnershipContract(new PostgresTestDatabases(server)), IClassFixture<PostgresServer>;
