using Microsoft.EntityFrameworkCore;
using Viva.Core.Scheduling;
using Viva.Data.Reviews;

namespace Viva.Data.Tests.Reviews;

/// <summary>What the review log must do on every database it supports (see the derived classes).</summary>
public abstract class ReviewLogContract(ITestDatabases databases) : DatabaseContract(databases)
{
    private readonly FsrsScheduler _scheduler = new(FsrsParameters.Default with { EnableFuzz = true });

    private static readonly DateTimeOffset Start = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Appending_reviews_projects_the_same_state_as_the_scheduler()
    {
        var log = new ReviewLog(Db, _scheduler);
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
        Assert.Equal(5, await Db.Reviews.CountAsync());
    }

    [Fact]
    public async Task Rebuild_recomputes_exactly_the_incremental_projection()
    {
        var log = new ReviewLog(Db, _scheduler);
        var random = new Random(7);
        var at = Start;
        for (var i = 0; i < 300; i++)
        {
            at = at.AddHours(random.Next(1, 200));
            await log.AppendAsync($"q{random.Next(12)}", "h", (Rating)random.Next(1, 5), at, TimeSpan.Zero, "test");
        }
        var before = await Db.Cards.AsNoTracking().OrderBy(c => c.QuestionId).ToListAsync();

        var (reviews, cards) = await log.RebuildAsync();

        var after = await Db.Cards.AsNoTracking().OrderBy(c => c.QuestionId).ToListAsync();
        Assert.Equal((300, before.Count), (reviews, cards));
        Assert.Equal(before.Select(ReviewLog.ToState), after.Select(ReviewLog.ToState));
    }

    [Fact]
    public async Task Two_connections_writing_at_once_both_keep_every_review()
    {
        await using var other = Open();
        var first = new ReviewLog(Db, _scheduler);
        var second = new ReviewLog(other, _scheduler);

        await Task.WhenAll(
            Task.Run(async () => { for (var i = 0; i < 100; i++) await first.AppendAsync($"a{i % 5}", "h", Rating.Good, Start.AddDays(i), TimeSpan.Zero, "cli"); }),
            Task.Run(async () => { for (var i = 0; i < 100; i++) await second.AppendAsync($"b{i % 5}", "h", Rating.Good, Start.AddDays(i), TimeSpan.Zero, "web"); }));

        Assert.Equal(200, await Db.Reviews.CountAsync());
        Assert.Equal(10, await Db.Cards.CountAsync());
    }

    [Fact]
    public async Task Two_connections_rating_the_same_cards_at_once_lose_no_review_from_the_projection()
    {
        // A double submit, or the CLI and the web app on one card: each append must see the other's.
        await using var other = Open();
        var first = new ReviewLog(Db, _scheduler);
        var second = new ReviewLog(other, _scheduler);
        var minute = 0; // one clock for both, all on one day, as two requests a moment apart would be

        await Task.WhenAll(
            Task.Run(async () => { for (var i = 0; i < 60; i++) await first.AppendAsync($"shared{i % 3}", "h", Rating.Good, Start.AddMinutes(Interlocked.Increment(ref minute)), TimeSpan.Zero, "cli"); }),
            Task.Run(async () => { for (var i = 0; i < 60; i++) await second.AppendAsync($"shared{i % 3}", "h", Rating.Hard, Start.AddMinutes(Interlocked.Increment(ref minute)), TimeSpan.Zero, "web"); }));

        var cards = await Db.Cards.AsNoTracking().OrderBy(c => c.QuestionId).ToListAsync();
        Assert.Equal(120, await Db.Reviews.CountAsync());
        Assert.Equal([40, 40, 40], cards.Select(c => c.Reps));
    }

    [Fact]
    public async Task A_review_that_arrives_after_a_later_one_is_logged_in_the_order_it_was_applied()
    {
        // A request that read the clock, then waited behind another request's review of the same card.
        var log = new ReviewLog(Db, _scheduler);
        await log.AppendAsync("gil", "h", Rating.Good, Start.AddMinutes(10), TimeSpan.Zero, "web");
        var late = await log.AppendAsync("gil", "h", Rating.Again, Start.AddMinutes(5), TimeSpan.Zero, "web");

        var times = await Db.Reviews.AsNoTracking().OrderBy(r => r.Id).Select(r => r.ReviewedAt).ToListAsync();
        Assert.Equal([Start.AddMinutes(10).ToUnixTimeMilliseconds(), Start.AddMinutes(10).ToUnixTimeMilliseconds()], times);
        Assert.Equal(Start.AddMinutes(10), late.LastReview);
        await AssertProjectionEqualsReplayAsync(log);
    }

    [Fact]
    public async Task Four_clients_rating_the_same_cards_with_their_own_clocks_leave_the_projection_a_replay_gives()
    {
        // Each client reads its clock before the card's lock, and the clocks disagree by up to a few minutes
        // (web nodes): reviews reach a card out of time order.
        var contexts = new List<VivaDb>();
        for (var c = 0; c < 4; c++)
            contexts.Add(Open());
        try
        {
            await Task.WhenAll(contexts.Select((db, c) => Task.Run(async () =>
            {
                var log = new ReviewLog(db, _scheduler);
                var random = new Random(c);
                for (var i = 0; i < 40; i++)
                    await log.AppendAsync($"shared{i % 3}", "h", (Rating)random.Next(1, 5),
                        Start.AddMinutes(i * 2 + random.Next(-3, 4)), TimeSpan.Zero, $"client{c}");
            })));
            Assert.Equal(160, await Db.Reviews.CountAsync());
            await AssertProjectionEqualsReplayAsync(new ReviewLog(Db, _scheduler));
        }
        finally
        {
            foreach (var db in contexts)
                await db.DisposeAsync();
        }
    }

    private async Task AssertProjectionEqualsReplayAsync(ReviewLog log)
    {
        var projected = await Db.Cards.AsNoTracking().OrderBy(c => c.QuestionId).ToListAsync();
        await log.RebuildAsync();
        var replayed = await Db.Cards.AsNoTracking().OrderBy(c => c.QuestionId).ToListAsync();
        Assert.Equal(projected.Select(ReviewLog.ToState), replayed.Select(ReviewLog.ToState));
    }

    [Fact]
    public async Task A_rebuild_while_reviews_are_appended_leaves_a_projection_that_counts_every_review()
    {
        await using var other = Open();
        var appender = new ReviewLog(Db, _scheduler);
        var rebuilder = new ReviewLog(other, _scheduler);
        var minute = 0;

        var appending = Task.Run(async () =>
        {
            for (var i = 0; i < 150; i++)
                await appender.AppendAsync($"q{i % 5}", "h", Rating.Good, Start.AddMinutes(Interlocked.Increment(ref minute)), TimeSpan.Zero, "web");
        });
        while (!appending.IsCompleted)
            await rebuilder.RebuildAsync();
        await appending;

        var cards = await Db.Cards.AsNoTracking().ToListAsync();
        Assert.Equal(150, cards.Sum(c => c.Reps));
    }
}
