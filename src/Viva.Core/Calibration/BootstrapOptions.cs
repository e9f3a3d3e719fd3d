namespace Viva.Core.Calibration;

/// <summary>
/// How a bootstrap interval is drawn: how many resamples and the seed of the generator. A fixed seed makes
/// the interval reproducible: the same scores always print the same interval.
/// </summary>
public readonly record struct BootstrapOptions(int Resamples, ulong Seed)
{
    /// <summary>2,000 resamples: percentile ends need far more draws than a standard error does (Efron and Tibshirani suggest 1,000 or more).</summary>
    public static BootstrapOptions Default => new(2000, 20260514);
}
