using Viva.Core.Scheduling;

namespace Viva.Core.Tests.Scheduling;

public sealed class FsrsSchedulerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly FsrsScheduler _scheduler = new();

    [Fact]
    public void New_card_rated_good_goes_to_the_ten_minute_learning_step()
    {
        var card = _scheduler.Next(CardState.New(T0), T0, Rating.Good);

        Assert.Equal(CardPhase.Learning, card.State);
        Assert.Equal(1, card.Step);
        Assert.Equal(T0.AddMinutes(10), card.Due);
        Assert.Equal(2.3065, card.Stability);
        Assert.Equal(1, card.Reps);
    }

    [Fact]
    public void New_card_rated_easy_graduates_straight_to_review_in_days()
    {
        var card = _scheduler.Next(CardState.New(T0), T0, Rating.Easy);

        Assert.Equal(CardPhase.Review, card.State);
        Assert.Equal(8, card.ScheduledDays);
        Assert.Equal(T0.AddDays(8), card.Due);
    }

    [Fact]
    public void Preview_orders_review_intervals_again_hard_good_easy()
    {
        var card = ReviewCard();
        var at = card.Due;

        var preview = _scheduler.Preview(card, at);

        Assert.Equal(CardPhase.Relearning, preview.Again.State);
        Assert.Equal(at.AddMinutes(10), preview.Again.Due);
        Assert.Equal(card.Lapses + 1, preview.Again.Lapses);
        Assert.True(preview.Hard.ScheduledDays < preview.Good.ScheduledDays);
        Assert.True(preview.Good.ScheduledDays < preview.Easy.ScheduledDays);
        Assert.Equal(preview.Good, _scheduler.Next(card, at, Rating.Good));
        Assert.Equal(preview.Easy, preview[Rating.Easy]);
    }

    [Fact]
    public void Retrievability_is_the_desired_retention_after_stability_days()
    {
        var card = ReviewCard() with { Stability = 30, LastReview = T0 };

        Assert.Equal(0.9, _scheduler.Retrievability(card, T0.AddDays(30)), 6);
        Assert.Equal(1.0, _scheduler.Retrievability(card, T0.AddHours(23)), 6);
        Assert.True(_scheduler.Retrievability(card, T0.AddDays(300)) < 0.9);
        Assert.Equal(0, _scheduler.Retrievability(CardState.New(T0), T0.AddDays(3)));
    }

    [Fact]
    public void Maximum_interval_caps_intervals_up_to_the_one_day_steps_between_buttons()
    {
        // As in ts-fsrs: Good is at least Hard + 1 and Easy at least Good + 1, even past the maximum.
        var scheduler = new FsrsScheduler(new FsrsParameters { MaximumInterval = 30 });
        var card = CardState.New(T0);
        for (var i = 0; i < 10; i++)
        {
            card = scheduler.Next(card, card.Due, Rating.Easy);
            Assert.InRange(card.ScheduledDays, 0, 32);
        }
        Assert.Equal(32, card.ScheduledDays);
        Assert.Equal(30, scheduler.Preview(card, card.Due).Hard.ScheduledDays);
    }

    [Fact]
    public void Fuzz_is_deterministic_for_the_same_card_and_time_and_stays_near_the_interval()
    {
        var fuzzed = new FsrsScheduler(new FsrsParameters { EnableFuzz = true });
        var card = ReviewCard();
        var plain = _scheduler.Next(card, card.Due, Rating.Good).ScheduledDays;
        var seen = new HashSet<int>();
        for (var minute = 0; minute < 200; minute++)
        {
            var at = card.Due.AddMinutes(minute);
            var first = fuzzed.Next(card, at, Rating.Good);
            Assert.Equal(first, fuzzed.Next(card, at, Rating.Good));
            Assert.InRange(first.ScheduledDays, plain * 0.85, plain * 1.15 + 1);
            seen.Add(first.ScheduledDays);
        }
        Assert.True(seen.Count > 1, "fuzz never changed the interval");
    }

    [Fact]
    public void Fuzz_seeded_by_card_id_gives_the_same_interval_whenever_it_is_previewed()
    {
        // A label on a rating button must not change on reload: the fuzz depends on the card and its review count, not the clock.
        var fuzzed = new FsrsScheduler(new FsrsParameters { EnableFuzz = true });
        var card = ReviewCard();
        var first = fuzzed.Preview(card, card.Due, "gil");
        for (var minute = 1; minute < 200; minute++)
        {
            var later = fuzzed.Preview(card, card.Due.AddMinutes(minute), "gil");
            foreach (var rating in Ratings.All)
                Assert.Equal(first[rating].ScheduledDays, later[rating].ScheduledDays);
        }
        // What a preview shows is what the rating then gives.
        Assert.Equal(first.Easy.ScheduledDays, fuzzed.Next(card, card.Due.AddMinutes(7), Rating.Easy, "gil").ScheduledDays);
    }

    [Fact]
    public void Fuzz_seeded_by_card_id_differs_between_cards_and_reviews_and_stays_near_the_interval()
    {
        var fuzzed = new FsrsScheduler(new FsrsParameters { EnableFuzz = true });
        var card = ReviewCard();
        var plain = _scheduler.Next(card, card.Due, Rating.Good).ScheduledDays;
        var byCard = new HashSet<int>();
        for (var i = 0; i < 200; i++)
        {
            var days = fuzzed.Next(card, card.Due, Rating.Good, $"question-{i}").ScheduledDays;
            Assert.InRange(days, plain * 0.85, plain * 1.15 + 1);
            byCard.Add(days);
        }
        Assert.True(byCard.Count > 1, "the card id never changed the interval");
        var byReview = new HashSet<int>();
        for (var reps = 1; reps < 60; reps++)
            byReview.Add(fuzzed.Next(card with { Reps = reps }, card.Due, Rating.Good, "gil").ScheduledDays);
        Assert.True(byReview.Count > 1, "the review count never changed the interval");
    }

    [Fact]
    public void Same_day_reviews_use_short_term_stability()
    {
        var card = _scheduler.Next(CardState.New(T0), T0, Rating.Good);
        var again = _scheduler.Next(card, T0.AddMinutes(10), Rating.Easy);

        Assert.Equal(0, again.ElapsedDays);
        Assert.True(again.Stability > card.Stability);
        Assert.Equal(CardPhase.Review, again.State);
    }

    [Fact]
    public void Without_short_term_a_new_card_is_scheduled_in_days_at_once()
    {
        var scheduler = new FsrsScheduler(new FsrsParameters { EnableShortTerm = false });

        var preview = scheduler.Preview(CardState.New(T0), T0);

        Assert.All([preview.Again, preview.Hard, preview.Good, preview.Easy], c => Assert.Equal(CardPhase.Review, c.State));
        Assert.True(preview.Again.ScheduledDays < preview.Hard.ScheduledDays);
    }

    [Fact]
    public void Review_on_an_earlier_day_than_the_last_review_is_rejected()
    {
        var card = ReviewCard();

        Assert.Throws<ArgumentException>(() => _scheduler.Next(card, card.LastReview!.Value.AddDays(-2), Rating.Good));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(22)]
    public void Weights_other_than_21_are_rejected(int count)
    {
        var parameters = new FsrsParameters { Weights = [.. Enumerable.Repeat(1.0, count)] };

        Assert.Throws<ArgumentException>(() => new FsrsScheduler(parameters));
    }

    [Fact]
    public void Out_of_range_settings_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new FsrsScheduler(new FsrsParameters { DesiredRetention = 1.5 }));
        Assert.Throws<ArgumentException>(() => new FsrsScheduler(new FsrsParameters { MaximumInterval = 0 }));
        Assert.Throws<ArgumentException>(() => new FsrsScheduler(new FsrsParameters { LearningSteps = [TimeSpan.FromSeconds(30)] }));
    }

    [Fact]
    public void Next_allocates_nothing()
    {
        var fuzzed = new FsrsScheduler(new FsrsParameters { EnableFuzz = true });
        var card = ReviewCard();
        Run(_scheduler, card, 100);
        Run(fuzzed, card, 100);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Run(_scheduler, card, 10_000);
        Run(fuzzed, card, 10_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);

        static void Run(FsrsScheduler scheduler, CardState card, int count)
        {
            for (var i = 0; i < count; i++)
            {
                var next = scheduler.Next(card, card.Due.AddMinutes(i), (Rating)(i % 4 + 1));
                _ = scheduler.Preview(next, next.Due);
                _ = scheduler.Preview(next, next.Due, "gil");
            }
        }
    }

    private CardState ReviewCard()
    {
        var card = CardState.New(T0);
        foreach (var rating in new[] { Rating.Good, Rating.Good, Rating.Good, Rating.Good })
        {
            card = _scheduler.Next(card, card.Due, rating);
        }
        Assert.Equal(CardPhase.Review, card.State);
        return card;
    }
}
