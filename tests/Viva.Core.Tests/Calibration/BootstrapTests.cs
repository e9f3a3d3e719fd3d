using Viva.Core.Calibration;

namespace Viva.Core.Tests.Calibration;

public sealed class BootstrapTests
{
    private static readonly BootstrapOptions Options = new(1000, 7);

    [Fact]
    public void The_generator_is_splitmix64()
    {
        // The reference outputs of SplitMix64 seeded with 0.
        var random = new SplitMix64(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, random.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.Next());
    }

    [Fact]
    public void The_same_seed_gives_the_same_interval_and_another_seed_a_nearby_one()
    {
        var ratings = Published.KrippendorffObservers();
        double? Alpha(RatingMatrix m) => KrippendorffAlpha.Of(m, AlphaMetric.Ordinal);

        var first = Bootstrap.Percentile(ratings, Alpha, Options)!;
        var again = Bootstrap.Percentile(ratings, Alpha, Options)!;
        var other = Bootstrap.Percentile(ratings, Alpha, Options with { Seed = 8 })!;

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(first.Lower, other.Lower, 0.1);
        Assert.Equal(first.Upper, other.Upper, 0.1);
        Assert.True(first.Contains(Alpha(ratings)!.Value), $"{first} should hold the estimate");
        Assert.True(first.Lower < first.Upper);
    }

    [Fact]
    public void Resamples_without_a_figure_are_counted_and_left_out()
    {
        // Two of the three units carry all the variation; resamples of the third alone have none.
        var ratings = new RatingMatrix([[1, 1], [3, 3], [2, 2]]);

        var interval = Bootstrap.Percentile(ratings, IntraclassCorrelation.Icc21, Options)!;

        Assert.Equal(1000, interval.Resamples);
        Assert.InRange(interval.Defined, 820, 950); // 1 in 9 resamples draws one unit three times
        Assert.Equal(1.0, interval.Lower, 12);
        Assert.Equal(1.0, interval.Upper, 12);
        Assert.Null(Bootstrap.Percentile(new RatingMatrix([]), IntraclassCorrelation.Icc21, Options));
    }

    [Fact]
    public void Percentiles_interpolate_between_neighbours()
    {
        double[] sorted = [1, 2, 3, 4];

        Assert.Equal(2.5, Bootstrap.Quantile(sorted, 0.5), 12);
        Assert.Equal(1.075, Bootstrap.Quantile(sorted, 0.025), 12);
        Assert.Equal(3.925, Bootstrap.Quantile(sorted, 0.975), 12);
        Assert.Equal(5, Bootstrap.Quantile([5], 0.975), 12);
    }
}
