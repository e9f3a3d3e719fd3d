using Viva.Core.Calibration;

namespace Viva.Core.Tests.Calibration;

public sealed class CalibrationThresholdsTests
{
    [Theory]
    [InlineData(0.49, IccBand.Poor)]
    [InlineData(0.50, IccBand.Moderate)]
    [InlineData(0.74, IccBand.Moderate)]
    [InlineData(0.75, IccBand.Good)]
    [InlineData(0.90, IccBand.Good)]
    [InlineData(0.91, IccBand.Excellent)]
    public void An_icc_falls_in_koo_and_lis_band(double icc, IccBand band) =>
        Assert.Equal(band, CalibrationThresholds.BandOf(icc));

    [Fact]
    public void Alpha_below_two_thirds_is_flagged()
    {
        Assert.True(CalibrationThresholds.AlphaIsFlagged(0.666));
        Assert.False(CalibrationThresholds.AlphaIsFlagged(0.667));
    }
}
