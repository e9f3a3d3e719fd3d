using Viva.Core.Calibration;

namespace Viva.Core.Tests.Calibration;

/// <summary>
/// ICC(2,1), ordinal alpha and the percentile bootstrap written the slow, obvious way, straight from the
/// formulas and sharing no code with the library's fast loops: the yardstick the library must equal.
/// Nothing here is tuned; if it reads like the textbook, it is doing its job.
/// </summary>
internal static class ReferenceAgreement
{
    /// <summary>
    /// Shrout and Fleiss (1979), two-way random effects, absolute agreement, one rater, over the targets
    /// every judge scored. The residual sum of squares is taken cell by cell (x - row mean - column mean +
    /// grand mean), not as total minus the rest as the library does, so the two agree only if both are right.
    /// </summary>
    public static (double Bms, double Jms, double Ems, double? Icc21)? Icc21(double?[][] rows)
    {
        var complete = rows.Where(r => r.All(s => s.HasValue)).Select(r => r.Select(s => s!.Value).ToArray()).ToArray();
        var n = complete.Length;
        var k = n == 0 ? 0 : complete[0].Length;
        if (n < 2 || k < 2 || complete.SelectMany(r => r).Distinct().Count() == 1)
            return null;

        var grand = complete.SelectMany(r => r).Average();
        var rowMean = complete.Select(r => r.Average()).ToArray();
        var colMean = Enumerable.Range(0, k).Select(j => complete.Average(r => r[j])).ToArray();
        var ssTargets = k * rowMean.Sum(m => (m - grand) * (m - grand));
        var ssJudges = n * colMean.Sum(m => (m - grand) * (m - grand));
        var ssError = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var residual = complete[i][j] - rowMean[i] - colMean[j] + grand;
                ssError += residual * residual;
            }
        }
        var bms = ssTargets / (n - 1);
        var jms = ssJudges / (k - 1);
        var ems = ssError / ((n - 1) * (k - 1));
        var denominator = bms + (k - 1) * ems + k * (jms - ems) / n;
        // 0/0 only for tables with no variation to speak of; the library draws the line at the same place.
        return (bms, jms, ems, Math.Abs(denominator) < 1e-12 ? null : (bms - ems) / denominator);
    }

    /// <summary>
    /// Krippendorff (2011), ordinal metric, pair by pair: in each unit with m >= 2 scores, every ordered pair
    /// of two different raters' scores (c, k) adds 1 / (m - 1) to the coincidence o(c, k). Then n_c is the
    /// row total of o, delta^2(c, k) = (n_c/2 + n_g for every g strictly between + n_k/2)^2 over ranks, and
    /// alpha = 1 - (n - 1) * sum o(c,k) delta^2 / sum n_c n_k delta^2. Null with fewer than two distinct
    /// pairable values (nothing to disagree about).
    /// </summary>
    public static double? OrdinalAlpha(double?[][] rows)
    {
        var coincidences = new Dictionary<(double C, double K), double>();
        foreach (var row in rows)
        {
            var scores = row.Where(s => s.HasValue).Select(s => s!.Value).ToArray();
            var m = scores.Length;
            for (var a = 0; a < m; a++)
            {
                for (var b = 0; b < m; b++)
                {
                    if (a != b)
                        coincidences[(scores[a], scores[b])] = coincidences.GetValueOrDefault((scores[a], scores[b])) + 1.0 / (m - 1);
                }
            }
        }
        var values = coincidences.Keys.Select(p => p.C).Distinct().Order().ToArray();
        if (values.Length < 2)
            return null;

        var marginal = values.ToDictionary(c => c, c => coincidences.Where(p => p.Key.C == c).Sum(p => p.Value));
        var total = marginal.Values.Sum();
        double Delta2(double c, double k)
        {
            var (low, high) = c <= k ? (c, k) : (k, c);
            if (low == high)
                return 0;
            var between = values.Where(g => g > low && g < high).Sum(g => marginal[g]);
            var span = marginal[low] / 2 + between + marginal[high] / 2;
            return span * span;
        }
        var observed = coincidences.Sum(p => p.Value * Delta2(p.Key.C, p.Key.K));
        var expected = values.Sum(c => values.Sum(k => marginal[c] * marginal[k] * Delta2(c, k)));
        return 1 - (total - 1) * observed / expected;
    }

    /// <summary>
    /// The percentile bootstrap as the library documents it: SplitMix64 from the seed, each resample a
    /// fresh matrix of units drawn with replacement, the 2.5th and 97.5th percentiles of the defined figures.
    /// </summary>
    public static BootstrapInterval? Percentile(double?[][] rows, Func<double?[][], double?> statistic, BootstrapOptions options)
    {
        if (rows.Length == 0)
            return null;
        var random = new SplitMix64(options.Seed);
        var figures = new List<double>();
        for (var b = 0; b < options.Resamples; b++)
        {
            var resample = new double?[rows.Length][];
            for (var i = 0; i < rows.Length; i++)
                resample[i] = rows[random.Below(rows.Length)];
            if (statistic(resample) is { } figure)
                figures.Add(figure);
        }
        if (figures.Count == 0)
            return null;
        figures.Sort();
        // Bootstrap.Quantile is checked against numpy's percentile in BootstrapTests.
        return new BootstrapInterval(Bootstrap.Quantile(figures, 0.025), Bootstrap.Quantile(figures, 0.975), options.Resamples, figures.Count);
    }

    /// <summary>The rows with one rater's column taken out.</summary>
    public static double?[][] Without(double?[][] rows, int rater) =>
        [.. rows.Select(r => r.Where((_, j) => j != rater).ToArray())];
}
