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
        // A bootstrap calls this thousands of times, so: plain loops over the stored rows, and scratch on the
        // stack while it is small (interview scores take a handful of distinct values, so it nearly always is).
        var rows = ratings.Rows;
        var columns = ratings.Columns;
        Span<double> values = stackalloc double[SmallValues];
        var v = PairableValues(rows, columns, ref values);
        if (v < 2)
            return null;
        values = values[..v];

        Span<double> coincidences = v * v <= SmallValues * SmallValues ? stackalloc double[v * v] : new double[v * v];
        coincidences.Clear();
        Coincidences(rows, columns, values, coincidences);
        Span<double> marginals = v <= SmallValues ? stackalloc double[v] : new double[v];
        marginals.Clear();
        var n = 0.0;
        for (var c = 0; c < v; c++)
        {
            for (var k = 0; k < v; k++)
                marginals[c] += coincidences[c * v + k];
            n += marginals[c];
        }

        double observed = 0, expected = 0;
        for (var c = 0; c < v; c++)
        {
            for (var k = 0; k < v; k++)
            {
                var distance = Distance(values, marginals, metric, c, k);
                observed += coincidences[c * v + k] * distance;
                expected += marginals[c] * marginals[k] * distance;
            }
        }
        // D_o = observed / n and D_e = expected / (n (n - 1)), so alpha = 1 - (n - 1) observed / expected.
        return expected <= 0 ? null : 1 - (n - 1) * observed / expected;
    }

    /// <summary>How many distinct values fit in the stack scratch; more (continuous scores) move to the heap.</summary>
    private const int SmallValues = 16;

    /// <summary>
    /// The distinct scores in units with at least two scores, ascending (the ordinal metric needs the order),
    /// into the start of <paramref name="values"/>; returns how many. Kept sorted as they come, by insertion:
    /// with a handful of values that is cheaper than any set, and the binary search in
    /// <see cref="Coincidences"/> needs the order anyway. Grows <paramref name="values"/> onto the heap if
    /// it fills.
    /// </summary>
    private static int PairableValues(ReadOnlySpan<double?[]> rows, ReadOnlySpan<int> columns, ref Span<double> values)
    {
        var count = 0;
        foreach (var row in rows)
        {
            if (Scored(row, columns) < 2)
                continue;
            foreach (var j in columns)
            {
                if (row[j] is not { } x)
                    continue;
                var at = values[..count].BinarySearch(x);
                if (at >= 0)
                    continue;
                if (count == values.Length)
                {
                    var larger = new double[values.Length * 4];
                    values.CopyTo(larger);
                    values = larger;
                }
                at = ~at;
                values[at..count].CopyTo(values[(at + 1)..]);
                values[at] = x;
                count++;
            }
        }
        return count;
    }

    /// <summary>
    /// o[c, k] (row-major, <c>c * v + k</c>): over units, the ordered pairs of two different raters' scores
    /// (c, k), each unit's pairs weighted 1 / (m - 1) for its m scores, so every pairable score contributes
    /// exactly 1 in total. Only the values a unit holds are visited (the rest would add zeros), so a unit
    /// costs its own scores squared, not the whole scale squared.
    /// </summary>
    private static void Coincidences(ReadOnlySpan<double?[]> rows, ReadOnlySpan<int> columns, ReadOnlySpan<double> values, Span<double> o)
    {
        var v = values.Length;
        // Per unit: the value index of each score, how often each index occurs, and the distinct indexes.
        Span<int> indexes = columns.Length <= 64 ? stackalloc int[columns.Length] : new int[columns.Length];
        Span<int> counts = v <= SmallValues ? stackalloc int[v] : new int[v];
        counts.Clear();
        foreach (var row in rows)
        {
            var m = 0;
            foreach (var j in columns)
            {
                if (row[j] is { } x)
                    indexes[m++] = values.BinarySearch(x);
            }
            if (m < 2)
                continue; // not pairable, and its value may be in no pairable unit (so not among the values)

            // Keep each index's first occurrence only, so every (c, k) of the unit is added once.
            var distinct = 0;
            for (var i = 0; i < m; i++)
            {
                if (counts[indexes[i]]++ == 0)
                    indexes[distinct++] = indexes[i];
            }
            for (var a = 0; a < distinct; a++)
            {
                var c = indexes[a];
                for (var b = 0; b < distinct; b++)
                {
                    var k = indexes[b];
                    // A score is never paired with itself: c with c counts n_c (n_c - 1) pairs, not n_c squared.
                    var pairs = c == k ? counts[c] * (counts[c] - 1) : counts[c] * counts[k];
                    o[c * v + k] += (double)pairs / (m - 1);
                }
            }
            for (var a = 0; a < distinct; a++)
                counts[indexes[a]] = 0;
        }
    }

    private static int Scored(double?[] row, ReadOnlySpan<int> columns)
    {
        var m = 0;
        foreach (var j in columns)
        {
            if (row[j].HasValue)
                m++;
        }
        return m;
    }

    /// <summary>The squared difference function delta^2(c, k) of the metric, between value indexes c and k.</summary>
    private static double Distance(ReadOnlySpan<double> values, ReadOnlySpan<double> marginals, AlphaMetric metric, int c, int k) => metric switch
    {
        AlphaMetric.Nominal => c == k ? 0 : 1,
        AlphaMetric.Interval => (values[c] - values[k]) * (values[c] - values[k]),
        AlphaMetric.Ordinal => Square(OrdinalSpan(marginals, Math.Min(c, k), Math.Max(c, k))),
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    /// <summary>
    /// The ordinal distance before squaring: the scores given from rank <paramref name="low"/> to rank
    /// <paramref name="high"/>, counting only half of each end's own scores (0 when low == high).
    /// </summary>
    private static double OrdinalSpan(ReadOnlySpan<double> marginals, int low, int high)
    {
        var sum = 0.0;
        for (var g = low; g <= high; g++)
            sum += marginals[g];
        return sum - (marginals[low] + marginals[high]) / 2;
    }

    private static double Square(double x) => x * x;
}
