using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Core.Scheduling;

namespace Viva.Core.Tests.Grading;

public class KeyPointChecklistTests
{
    private static readonly KeyPoint[] Gil =
    [
        new(3, "The GIL lets one thread run Python bytecode at a time.", 1),
        new(2, "It is released during blocking I/O and every few milliseconds.", 2),
        new(1, "Free-threaded builds (3.13+) can run without it.", 3),
    ];

    [Fact]
    public void The_score_is_the_weight_the_person_ticked_over_the_total()
    {
        Assert.Equal(50, KeyPointChecklist.Score(Gil, [true, false, false]));
        Assert.Equal(83, KeyPointChecklist.Score(Gil, [true, true, false]));
        Assert.Equal(0, KeyPointChecklist.Score(Gil, [false, false, false]));
        Assert.Equal(100, KeyPointChecklist.Score(Gil, [true, true, true]));
        Assert.Throws<ArgumentException>(() => KeyPointChecklist.Score(Gil, [true, true]));
    }

    [Fact]
    public void The_confirmed_score_maps_to_the_rating_suggestion()
    {
        Assert.Equal(Rating.Again, RatingSuggestion.Suggest(KeyPointChecklist.Score(Gil, [false, false, true]), 0, 0));
        Assert.Equal(Rating.Hard, RatingSuggestion.Suggest(KeyPointChecklist.Score(Gil, [true, false, false]), 0, 0));
        Assert.Equal(Rating.Good, RatingSuggestion.Suggest(KeyPointChecklist.Score(Gil, [true, true, false]), 0, 0));
        Assert.Equal(Rating.Easy, RatingSuggestion.Suggest(KeyPointChecklist.Score(Gil, [true, true, true]), 0, 0));
    }

    [Fact]
    public void Ticks_round_trip_and_bad_tick_strings_and_numbers_are_refused()
    {
        Assert.Equal("101", KeyPointChecklist.Format([true, false, true]));
        Assert.Equal([true, false, true], KeyPointChecklist.Parse("101", 3)!);
        Assert.Null(KeyPointChecklist.Parse("10", 3));
        Assert.Null(KeyPointChecklist.Parse("1x1", 3));
        Assert.Null(KeyPointChecklist.Parse(null, 3));
        Assert.Equal([true, false, true], KeyPointChecklist.FromNumbers([3, 1], 3)!);
        Assert.Equal([false, false, false], KeyPointChecklist.FromNumbers([], 3)!);
        Assert.Null(KeyPointChecklist.FromNumbers([0], 3));
        Assert.Null(KeyPointChecklist.FromNumbers([4], 3));
        Assert.Null(KeyPointChecklist.FromNumbers([2, 2], 3));
        Assert.Equal([1, 3], KeyPointChecklist.Numbers([true, false, true]));
        Assert.Empty(KeyPointChecklist.Numbers([false, false]));
    }
}
