namespace Viva.Core.Calibration;

/// <summary>
/// Shrout and Fleiss (1979) intraclass correlations from a targets (rows) by judges (columns) matrix. The
/// ANOVA needs a complete table, so a target that any judge left unscored is dropped (and counted in
/// <see cref="IccAnova.IncompleteTargets"/>) rather than imputed: a filled-in score would be agreement
/// nobody gave. Krippendorff's alpha is the figure that uses incomplete units.
/// </summary>
public static class IntraclassCorrelation
{
    /// <summary>The mean squares; null when fewer than 2 complete targets or 2 judges, or every score is the same.</summary>
    public static IccAnova? Anova(RatingMatrix ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        // A bootstrap calls this thousands of times, so it is two plain passes over the stored rows with
        // nothing allocated but the result. Every sum runs in the same order as the textbook's (row by row,
        // left to right), which keeps the figures bit for bit what they were when this was LINQ.
        var rows = ratings.Rows;
        var columns = ratings.Columns;
        var k = columns.Length;
        Span<double> columnSums = k <= 64 ? stackalloc double[k] : new double[k];

        // Pass 1: which targets are complete, and the column and grand sums over them.
        var n = 0;
        double grandSum = 0, first = 0;
        var varies = false;
        foreach (var row in rows)
        {
            if (!IsComplete(row, columns))
                continue;
            double rowSum = 0;
            for (var j = 0; j < k; j++)
            {
                var x = row[columns[j]]!.Value;
                rowSum += x;
                columnSums[j] += x;
                if (n == 0 && j == 0)
                    first = x;
                else
                    varies |= x != first;
            }
            grandSum += rowSum;
            n++;
        }
        if (n < 2 || k < 2 || !varies)
            return null;

        // Pass 2: the sums of squares around the means. A row's mean is its sum again (same order, so the
        // same double) over k, rather than a buffer of n row means kept from pass 1.
        var grand = grandSum / (n * k);
        double total = 0, betweenTargets = 0, betweenJudges = 0;
        foreach (var row in rows)
        {
            if (!IsComplete(row, columns))
                continue;
            foreach (var j in columns)
                total += Square(row[j]!.Value - grand);
            betweenTargets += k * Square(RowSum(row, columns) / k - grand);
        }
        for (var j = 0; j < k; j++)
            betweenJudges += n * Square(columnSums[j] / n - grand);
        var error = Math.Max(0, total - betweenTargets - betweenJudges);

        return new IccAnova(
            Targets: n,
            Judges: k,
            IncompleteTargets: ratings.Units - n,
            Bms: betweenTargets / (n - 1),
            Wms: (betweenJudges + error) / (n * (k - 1)),
            Jms: betweenJudges / (k - 1),
            Ems: error / ((n - 1) * (k - 1)));
    }

    /// <summary>ICC(2,1) of <paramref name="ratings"/>, or null when undefined (see <see cref="Anova"/>).</summary>
    public static double? Icc21(RatingMatrix ratings) => Anova(ratings)?.Icc21;

    private static bool IsComplete(double?[] row, ReadOnlySpan<int> columns)
    {
        foreach (var j in columns)
        {
            if (!row[j].HasValue)
                return false;
        }
        return true;
    }

    private static double RowSum(double?[] row, ReadOnlySpan<int> columns)
    {
        double sum = 0;
        foreach (var j in columns)
            sum += row[j]!.Value;
        return sum;
    }

    private static double Square(double x) => x * x;
}
