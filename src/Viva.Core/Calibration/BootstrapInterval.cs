namespace Viva.Core.Calibration;

/// <summary>
/// A 95% percentile bootstrap interval: the 2.5th and 97.5th percentiles of a figure over resamples of the
/// units. <paramref name="Defined"/> of the <paramref name="Resamples"/> gave a figure at all (a resample
/// can lose every bit of variation and leave the figure undefined); the percentiles are of those.
/// </summary>
public sealed record BootstrapInterval(double Lower, double Upper, int Resamples, int Defined)
{
    public bool Contains(double value) => Lower <= value && value <= Upper;
}
