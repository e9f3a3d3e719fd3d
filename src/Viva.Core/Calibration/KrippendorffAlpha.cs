namespace Viva.Core.Calibration;

/// <summary>
/// Krippendorff's alpha, 1 - observed disagreement / disagreement expected by chance, computed through the
/// coincidence matrix as in Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability". Any number of
/// raters and missing scores are allowed; a unit with fewer than two scores cannot be paired and adds
/// nothing. Alpha is 1 for perfect agreement, 0 for agreement at chance, below 0 for systematic disagreement.
/// </summary>
public static class KrippendorffAlpha
{
    /// <summary>
    /// Alpha of <paramref name="ratings"/> (units by raters) under <paramref name="metric"/>; null when it is
    /// undefined: no unit has two scores, or every paired score is the same value (no variation to agree on).
    /// </summary>
    public static double? Of(RatingMatrix ratings, AlphaMetric metric)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var values = PairableValues(ratings);
        if (values.Length < 2)
            return null;
        var index = new Dictionary<double, int>(values.Length);
        for (var i = 0; i < values.Length; i++)
            index[values[i]] = i;

        var coincidences = Coincidences(ratings, index);
        var v = values.Length;
        var marginals = new double[v];
        var n = 0.0;
        for (var c = 0; c < v; c++)
        {
            for (var k = 0; k < v; k++)
                marginals[c] += coincidences[c, k];
            n += marginals[c];
        }

        var distance = Distances(values, marginals, metric);
        double observed = 0, expected = 0;
        for (var c = 0; c < v; c++)
        {
            for (var k = 0; k < v; k++)
            {
                observed += coincidences[c, k] * distance[c, k];
                expected += marginals[c] * marginals[k] * distance[c, k];
            }
        }
        // D_o = observed / n and D_e = expected / (n (n - 1)), so alpha = 1 - (n - 1) observed / expected.
        return expected <= 0 ? null : 1 - (n - 1) * observed / expected;
    }

    /// <summary>The distinct scores in units with at least two scores, ascending (the ordinal metric needs the order).</summary>
    private static double[] PairableValues(RatingMatrix ratings)
    {
        var values = new SortedSet<double>();
        for (var u = 0; u < ratings.Units; u++)
        {
            var scores = ratings.Unit(u);
            if (scores.Count(s => s.HasValue) >= 2)
            {
                foreach (var s in scores)
                {
                    if (s is { } x)
                        values.Add(x);
                }
            }
        }
        return [.. values];
    }

    /// <summary>
    /// o[c, k]: over units, the ordered pairs of two different raters' scores (c, k), each unit's pairs
    /// weighted 1 / (m - 1) for its m scores, so every pairable score contributes exactly 1 in total.
    /// </summary>
    private static double[,] Coincidences(RatingMatrix ratings, Dictionary<double, int> index)
    {
        var v = index.Count;
        var o = new double[v, v];
        var counts = new int[v];
        for (var u = 0; u < ratings.Units; u++)
        {
            var scores = ratings.Unit(u);
            var m = scores.Count(s => s.HasValue);
            if (m < 2)
                continue; // not pairable, and its value may be in no pairable unit (so not in the index)
            Array.Clear(counts);
            foreach (var s in scores)
            {
                if (s is { } x)
                    counts[index[x]]++;
            }
            for (var c = 0; c < v; c++)
            {
                if (counts[c] == 0)
                    continue;
                for (var k = 0; k < v; k++)
                {
                    // A score is never paired with itself: c with c counts n_c (n_c - 1) pairs, not n_c squared.
                    var pairs = c == k ? counts[c] * (counts[c] - 1) : counts[c] * counts[k];
                    o[c, k] += (double)pairs / (m - 1);
                }
            }
        }
        return o;
    }

    /// <summary>The squared difference function delta^2(c, k) of the metric, over the value indexes.</summary>
    private static double[,] Distances(double[] values, double[] marginals, AlphaMetric metric)
    {
        var v = values.Length;
        var d = new double[v, v];
        for (var c = 0; c < v; c++)
        {
            for (var k = 0; k < v; k++)
            {
                d[c, k] = metric switch
                {
                    AlphaMetric.Nominal => c == k ? 0 : 1,
                    AlphaMetric.Interval => (values[c] - values[k]) * (values[c] - values[k]),
                    AlphaMetric.Ordinal => Square(OrdinalSpan(marginals, Math.Min(c, k), Math.Max(c, k))),
                    _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
                };
            }
        }
        return d;
    }

    /// <summary>
    /// The ordinal distance before squaring: the scores given from rank <paramref name="low"/> to rank
    /// <paramref name="high"/>, counting only half of each end's own scores (0 when low == high).
    /// </summary>
    private static double OrdinalSpan(double[] marginals, int low, int high)
    {
        var sum = 0.0;
        for (var g = low; g <= high; g++)
            sum += marginals[g];
        return sum - (marginals[low] + marginals[high]) / 2;
    }

    private static double Square(double x) => x * x;
}
