using Viva.Core.Calibration;

namespace Viva.Core.Tests.Calibration;

public sealed class PanelCalibrationTests
{
    private static readonly BootstrapOptions Options = new(500, 11);

    // Three interviewers score 12 answers 1-5; the first two agree closely, the third scores as if at random.
    private static readonly RatingMatrix Panel = new([
        [1, 1, 4], [2, 2, 1], [3, 3, 5], [4, 5, 2], [5, 5, 3], [2, 1, 5],
        [3, 3, 1], [4, 4, 4], [5, 4, 1], [1, 2, 3], [3, 4, 5], [2, 2, 4],
    ]);

    [Fact]
    public void The_panel_figures_come_with_intervals_bands_and_flags()
    {
        var agreement = Agreement.Of(Panel, Options);

        Assert.Equal((12, 3), (agreement.Units, agreement.Raters));
        Assert.Equal(IntraclassCorrelation.Icc21(Panel), agreement.Icc);
        Assert.Equal(KrippendorffAlpha.Of(Panel, AlphaMetric.Ordinal), agreement.Alpha);
        Assert.Equal(IccBand.Poor, agreement.Band);
        Assert.True(agreement.AlphaFlagged);
        Assert.True(agreement.IccInterval!.Contains(agreement.Icc!.Value));
        Assert.True(agreement.AlphaInterval!.Contains(agreement.Alpha!.Value));
    }

    [Fact]
    public void The_interviewer_who_scores_differently_is_the_one_whose_absence_raises_agreement()
    {
        var calibration = PanelCalibration.Of(Panel, Options);

        var third = calibration.Interviewers[2];
        Assert.True(third.IccRiseInterval!.Lower > 0, $"{third.IccRiseInterval}");
        Assert.True(third.AlphaRiseInterval!.Lower > 0, $"{third.AlphaRiseInterval}");
        Assert.Equal(IccBand.Good, third.Without.Band);
        Assert.False(third.Without.AlphaFlagged);
        foreach (var agreeing in calibration.Interviewers.Take(2))
            Assert.True(agreeing.IccRise < 0 && agreeing.AlphaRise < 0, $"{agreeing.Rater}: leaving them out should lower agreement");
    }

    [Fact]
    public void With_two_interviewers_neither_can_be_singled_out()
    {
        var pair = new RatingMatrix([[1, 2], [3, 3], [5, 4], [2, 2]]);

        var calibration = PanelCalibration.Of(pair, Options);

        Assert.NotNull(calibration.Panel.Icc);
        Assert.All(calibration.Interviewers, i =>
        {
            Assert.Null(i.IccRise);
            Assert.Null(i.AlphaRise);
            Assert.Null(i.IccRiseInterval);
            Assert.Null(i.AlphaRiseInterval);
        });
    }
}
