namespace Viva.Core.Calibration;

/// <summary>
/// Percentile bootstrap over units: draw as many units as there are, with replacement, compute the figure,
/// repeat, and read off the 2.5th and 97.5th percentiles. Units (answers, targets) are what was sampled,
/// so they are what is resampled; raters stay as they are.
/// </summary>
public static class Bootstrap
{
    /// <summary>
    /// The 95% interval of <paramref name="statistic"/> over resamples of <paramref name="ratings"/>' units;
    /// null when there are no units or no resample gives a defined figure.
    /// </summary>
    public static BootstrapInterval? Percentile(RatingMatrix ratings, Func<RatingMatrix, double?> statistic, BootstrapOptions options)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(statistic);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Resamples, 1);
        if (ratings.Units == 0)
            return null;

        var random = new SplitMix64(options.Seed);
        var draw = new int[ratings.Units];
        var figures = new List<double>(options.Resamples);
        for (var b = 0; b < options.Resamples; b++)
        {
            for (var i = 0; i < draw.Length; i++)
                draw[i] = random.Below(ratings.Units);
            if (statistic(ratings.Pick(draw)) is { } figure)
                figures.Add(figure);
        }
        if (figures.Count == 0)
            return null;
        figures.Sort();
        return new BootstrapInterval(Quantile(figures, 0.025), Quantile(figures, 0.975), options.Resamples, figures.Count);
    }

    /// <summary>
    /// The <paramref name="p"/> quantile of sorted values, interpolating between neighbours (Hyndman and
    /// Fan's type 7, the default of R and numpy), so the ends do not jump with the resample count.
    /// </summary>
    internal static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var below = (int)Math.Floor(h);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}
