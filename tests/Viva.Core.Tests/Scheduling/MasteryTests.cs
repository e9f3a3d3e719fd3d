using Viva.Core.Scheduling;

namespace Viva.Core.Tests.Scheduling;

public sealed class MasteryTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly FsrsScheduler _scheduler = new();

    [Fact]
    public void A_card_rated_again_twice_is_not_mastered()
    {
        var card = _scheduler.Next(CardState.New(T0), T0, Rating.Again);
        card = _scheduler.Next(card, T0.AddMinutes(1), Rating.Again);

        var figure = Mastery.Of(_scheduler, [card], T0.AddMinutes(2));

        Assert.Equal(0, figure.Percent);
        Assert.Equal(1, figure.Studied);
    }

    [Fact]
    public void A_learned_card_counts_its_recall_and_unstudied_questions_count_zero()
    {
        var card = _scheduler.Next(CardState.New(T0), T0, Rating.Good);
        card = _scheduler.Next(card, T0.AddMinutes(10), Rating.Good);
        Assert.Equal(CardPhase.Review, card.State);
        var now = T0.AddMinutes(20);

        Assert.Equal(100, Mastery.Of(_scheduler, [card], now).Percent);
        var half = Mastery.Of(_scheduler, [card, null], now);
        Assert.Equal(50, half.Percent);
        Assert.Equal((1, 2), (half.Studied, half.Questions));
        Assert.Equal(0, Mastery.Of(_scheduler, [], now).Percent);
    }

    [Fact]
    public void Mastery_falls_as_time_passes_and_after_a_lapse()
    {
        var card = _scheduler.Next(CardState.New(T0), T0, Rating.Good);
        card = _scheduler.Next(card, T0.AddMinutes(10), Rating.Good);
        var soon = Mastery.Of(_scheduler, [card], card.Due).Value;
        var later = Mastery.Of(_scheduler, [card], card.Due.AddDays(30)).Value;
        Assert.True(later < soon, $"{later} should be below {soon}");

        var lapsed = _scheduler.Next(card, card.Due, Rating.Again);
        Assert.Equal(0, Mastery.Of(_scheduler, [lapsed], card.Due.AddMinutes(1)).Percent);
    }
}
