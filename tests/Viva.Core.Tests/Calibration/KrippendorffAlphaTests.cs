using Viva.Core.Calibration;
using Xunit.Abstractions;

namespace Viva.Core.Tests.Calibration;

public sealed class KrippendorffAlphaTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(AlphaMetric.Nominal, 0.743)]
    [InlineData(AlphaMetric.Ordinal, 0.815)]
    [InlineData(AlphaMetric.Interval, 0.849)]
    public void Krippendorffs_own_example_gives_his_published_alphas_to_three_decimals(AlphaMetric metric, double published)
    {
        var alpha = KrippendorffAlpha.Of(Published.KrippendorffObservers(), metric);

        Assert.NotNull(alpha);
        output.WriteLine($"{metric} alpha {alpha.Value:F6}, published {published:F3}");
        Assert.Equal(published, Math.Round(alpha.Value, 3));
    }

    [Fact]
    public void Two_observers_on_binary_data_give_the_papers_alpha()
    {
        // Krippendorff (2011), section A: two observers, ten units, no missing data; published .095.
        var ratings = Published.FromRaters(
            [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
            [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]);

        Assert.Equal(0.095, Math.Round(KrippendorffAlpha.Of(ratings, AlphaMetric.Nominal)!.Value, 3));
    }

    [Fact]
    public void Two_observers_on_nominal_categories_give_the_papers_alpha()
    {
        // Section B: categories a-e coded as 1-5 (nominal, so the numbers carry no order); published .692.
        var ratings = Published.FromRaters(
            [1, 1, 2, 2, 4, 3, 3, 3, 5, 4, 4, 1],
            [2, 1, 2, 2, 2, 3, 3, 3, 5, 4, 4, 4]);

        Assert.Equal(0.692, Math.Round(KrippendorffAlpha.Of(ratings, AlphaMetric.Nominal)!.Value, 3));
    }

    [Fact]
    public void A_unit_with_one_score_changes_nothing()
    {
        var full = Published.KrippendorffObservers();
        var withoutLoneUnit = new RatingMatrix(Enumerable.Range(0, full.Units - 1).Select(full.Unit));

        foreach (var metric in Enum.GetValues<AlphaMetric>())
        {
            Assert.Equal(KrippendorffAlpha.Of(full, metric)!.Value, KrippendorffAlpha.Of(withoutLoneUnit, metric)!.Value, 12);
            // Even when its value is given nowhere else (a bootstrap resample makes such units).
            Assert.Equal(1.0, KrippendorffAlpha.Of(new RatingMatrix([[1, 1], [2, 2], [7, null]]), metric)!.Value, 12);
        }
    }

    [Fact]
    public void Perfect_agreement_is_one_and_data_without_variation_is_undefined()
    {
        var agree = new RatingMatrix([[1, 1, null], [3, 3, 3], [2, null, 2]]);
        var same = new RatingMatrix([[2, 2], [2, 2]]);
        var unpaired = new RatingMatrix([[1, null], [null, 3]]);

        foreach (var metric in Enum.GetValues<AlphaMetric>())
        {
            Assert.Equal(1.0, KrippendorffAlpha.Of(agree, metric)!.Value, 12);
            Assert.Null(KrippendorffAlpha.Of(same, metric));
            Assert.Null(KrippendorffAlpha.Of(unpaired, metric));
        }
    }

    [Fact]
    public void Systematic_disagreement_goes_below_zero()
    {
        // Each unit gets one low and one high score: worse than raters scoring at random.
        var ratings = new RatingMatrix([[1, 5], [5, 1], [1, 5], [5, 1]]);

        Assert.True(KrippendorffAlpha.Of(ratings, AlphaMetric.Interval) < 0);
    }

    [Fact]
    public void Ordinal_alpha_depends_on_the_order_of_scores_and_not_on_their_spacing()
    {
        var ratings = new RatingMatrix([[1, 2], [2, 2], [3, 4], [4, 4], [1, 1]]);
        var stretched = new RatingMatrix([[1, 2], [2, 2], [30, 400], [400, 400], [1, 1]]);

        Assert.Equal(KrippendorffAlpha.Of(ratings, AlphaMetric.Ordinal)!.Value, KrippendorffAlpha.Of(stretched, AlphaMetric.Ordinal)!.Value, 12);
        Assert.NotEqual(KrippendorffAlpha.Of(ratings, AlphaMetric.Interval)!.Value, KrippendorffAlpha.Of(stretched, AlphaMetric.Interval)!.Value, 3);
    }
}
