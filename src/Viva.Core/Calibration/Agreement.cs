namespace Viva.Core.Calibration;

/// <summary>
/// How well a set of raters agree on the same units: ICC(2,1) with its band and ordinal Krippendorff's alpha
/// with its flag, each with a 95% bootstrap interval over the units. Null figures are undefined (too few
/// complete units, or no variation), never NaN.
/// </summary>
public sealed record Agreement(
    int Units,
    int Raters,
    IccAnova? Anova,
    BootstrapInterval? IccInterval,
    double? Alpha,
    BootstrapInterval? AlphaInterval)
{
    public double? Icc => Anova?.Icc21;

    public IccBand? Band => Icc is { } icc ? CalibrationThresholds.BandOf(icc) : null;

    /// <summary>Alpha is known and below the floor. An undefined alpha is not flagged: there is nothing to read.</summary>
    public bool AlphaFlagged => Alpha is { } alpha && CalibrationThresholds.AlphaIsFlagged(alpha);

    /// <summary>
    /// The figures for <paramref name="ratings"/>. Ordinal alpha because interview scores are ordered
    /// steps whose distances nobody calibrated; ICC(2,1) because a harsher interviewer is disagreement
    /// a candidate feels.
    /// </summary>
    public static Agreement Of(RatingMatrix ratings, BootstrapOptions options)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var intervals = Bootstrap.Percentiles(ratings, 2, (resample, figures) =>
        {
            figures[0] = IntraclassCorrelation.Icc21(resample);
            figures[1] = OrdinalAlpha(resample);
        }, options);
        return Of(ratings, intervals[0], intervals[1]);
    }

    /// <summary>The figures of <paramref name="ratings"/> with intervals a caller has already drawn.</summary>
    internal static Agreement Of(RatingMatrix ratings, BootstrapInterval? iccInterval, BootstrapInterval? alphaInterval) =>
        new(ratings.Units, ratings.Raters, IntraclassCorrelation.Anova(ratings), iccInterval, OrdinalAlpha(ratings), alphaInterval);

    internal static double? OrdinalAlpha(RatingMatrix ratings) => KrippendorffAlpha.Of(ratings, AlphaMetric.Ordinal);
}
