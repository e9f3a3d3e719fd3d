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
        var k = ratings.Raters;
        var complete = new List<IReadOnlyList<double?>>();
        for (var u = 0; u < ratings.Units; u++)
        {
            var row = ratings.Unit(u);
            if (row.All(s => s.HasValue))
                complete.Add(row);
        }
        var n = complete.Count;
        if (n < 2 || k < 2 || complete.All(r => r.All(s => s == complete[0][0])))
            return null;

        var grand = complete.Sum(r => r.Sum(s => s!.Value)) / (n * k);
        var rowMeans = complete.Select(r => r.Average(s => s!.Value)).ToArray();
        var colMeans = Enumerable.Range(0, k).Select(j => complete.Average(r => r[j]!.Value)).ToArray();

        double total = 0, betweenTargets = 0, betweenJudges = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++)
                total += Square(complete[i][j]!.Value - grand);
            betweenTargets += k * Square(rowMeans[i] - grand);
        }
        for (var j = 0; j < k; j++)
            betweenJudges += n * Square(colMeans[j] - grand);
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

    private static double Square(double x) => x * x;
}
