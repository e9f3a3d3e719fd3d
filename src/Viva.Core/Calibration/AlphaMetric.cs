namespace Viva.Core.Calibration;

/// <summary>
/// How far apart two scores are for Krippendorff's alpha. Nominal: any two different scores are equally
/// apart. Ordinal: scores are ranks, and two scores are as far apart as the share of all the scores given
/// that lies between them (a step few raters use counts little). Interval: the squared difference.
/// </summary>
public enum AlphaMetric
{
    Nominal,
    Ordinal,
    Interval,
}
