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
        ArgumentNullException.ThrowIfNull(statistic);
        return Percentiles(ratings, 1, (resample, figures) => figures[0] = statistic(resample), options)[0];
    }

    /// <summary>
    /// The 95% intervals of several figures over the same resamples: <paramref name="statistics"/> writes
    /// figure i of a resample into slot i (null where undefined). One draw then serves every figure; the
    /// intervals are exactly those of <see cref="Percentile"/> run once per figure with the same options,
    /// because with the same seed and the same number of units every run draws the same units anyway.
    /// </summary>
    internal static BootstrapInterval?[] Percentiles(RatingMatrix ratings, int count, Action<RatingMatrix, Span<double?>> statistics, BootstrapOptions options)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Resamples, 1);
        var intervals = new BootstrapInterval?[count];
        if (ratings.Units == 0)
            return intervals;

        var random = new SplitMix64(options.Seed);
        var draw = new int[ratings.Units];
        var figures = new double?[count];
        var defined = new List<double>[count];
        for (var i = 0; i < count; i++)
            defined[i] = new List<double>(options.Resamples);
        for (var b = 0; b < options.Resamples; b++)
        {
            for (var i = 0; i < draw.Length; i++)
                draw[i] = random.Below(ratings.Units);
            Array.Clear(figures);
            statistics(ratings.Pick(draw), figures);
            for (var i = 0; i < count; i++)
            {
                if (figures[i] is { } figure)
                    defined[i].Add(figure);
            }
        }
        for (var i = 0; i < count; i++)
        {
            if (defined[i].Count == 0)
                continue;
            defined[i].Sort();
            intervals[i] = new BootstrapInterval(Quantile(defined[i], 0.025), Quantile(defined[i], 0.975), options.Resamples, defined[i].Count);
        }
        return intervals;
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
