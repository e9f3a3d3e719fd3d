using Viva.Core.Calibration;

namespace Viva.Core.Tests.Calibration;

/// <summary>
/// The library's loops give the figures of the formulas (<see cref="ReferenceAgreement"/>) on hundreds of
/// seeded random panels with the awkward cases real scores have: missing scores, ties, rows where everyone
/// agrees, raters who scored nothing, 2 to 6 raters. "The same" is within 1e-12: the two sum in different
/// orders, so the last bits may differ, and nothing more may.
/// </summary>
public sealed class ReferenceAgreementTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Icc_and_ordinal_alpha_equal_the_reference_on_random_panels()
    {
        int definedIcc = 0, definedAlpha = 0;
        for (var seed = 0; seed < 400; seed++)
        {
            var rows = RandomPanel(seed);
            var matrix = new RatingMatrix(rows);

            var anova = IntraclassCorrelation.Anova(matrix);
            var expected = ReferenceAgreement.Icc21(rows);
            Assert.True(expected.HasValue == (anova is not null), $"seed {seed}: ANOVA defined {anova is not null}, reference {expected.HasValue}");
            if (anova is not null)
            {
                definedIcc++;
                var (bms, jms, ems, icc) = expected!.Value;
                Same(bms, anova.Bms, seed, "BMS");
                Same(jms, anova.Jms, seed, "JMS");
                Same(ems, anova.Ems, seed, "EMS");
                Same(icc, anova.Icc21, seed, "ICC(2,1)");
            }
            Same(ReferenceAgreement.OrdinalAlpha(rows), KrippendorffAlpha.Of(matrix, AlphaMetric.Ordinal), seed, "ordinal alpha");
            definedAlpha += KrippendorffAlpha.Of(matrix, AlphaMetric.Ordinal).HasValue ? 1 : 0;

            for (var rater = 0; rater < matrix.Raters; rater++)
            {
                var without = ReferenceAgreement.Without(rows, rater);
                Same(ReferenceAgreement.Icc21(without)?.Icc21, IntraclassCorrelation.Icc21(matrix.WithoutRater(rater)), seed, $"ICC without {rater}");
                Same(ReferenceAgreement.OrdinalAlpha(without), KrippendorffAlpha.Of(matrix.WithoutRater(rater), AlphaMetric.Ordinal), seed, $"alpha without {rater}");
            }
        }
        // Agreeing on undefined figures proves little: most panels must have figures to compare.
        Assert.InRange(definedIcc, 200, 400);
        Assert.InRange(definedAlpha, 300, 400);
    }

    [Fact]
    public void Panel_calibration_with_its_bootstrap_intervals_equals_the_reference_on_random_panels()
    {
        var options = new BootstrapOptions(40, 5);
        for (var seed = 1000; seed < 1060; seed++)
        {
            var rows = RandomPanel(seed);

            var calibration = PanelCalibration.Of(new RatingMatrix(rows), options);

            SameAgreement(rows, calibration.Panel, options, seed, "panel");
            Assert.Equal(rows.Length == 0 ? 0 : rows[0].Length, calibration.Interviewers.Count);
            for (var rater = 0; rater < calibration.Interviewers.Count; rater++)
            {
                var r = rater;
                var without = ReferenceAgreement.Without(rows, r);
                var interviewer = calibration.Interviewers[r];
                SameAgreement(without, interviewer.Without, options, seed, $"without {r}");
                Same(Rise(Icc(rows), Icc(without)), interviewer.IccRise, seed, $"ICC rise {r}");
                Same(Rise(ReferenceAgreement.OrdinalAlpha(rows), ReferenceAgreement.OrdinalAlpha(without)), interviewer.AlphaRise, seed, $"alpha rise {r}");
                Same(ReferenceAgreement.Percentile(rows, m => Rise(Icc(m), Icc(ReferenceAgreement.Without(m, r))), options), interviewer.IccRiseInterval, seed, $"ICC rise interval {r}");
                Same(ReferenceAgreement.Percentile(rows, m => Rise(ReferenceAgreement.OrdinalAlpha(m), ReferenceAgreement.OrdinalAlpha(ReferenceAgreement.Without(m, r))), options), interviewer.AlphaRiseInterval, seed, $"alpha rise interval {r}");
            }
        }
    }

    private static void SameAgreement(double?[][] rows, Agreement agreement, BootstrapOptions options, int seed, string what)
    {
        Same(Icc(rows), agreement.Icc, seed, $"{what} ICC");
        Same(ReferenceAgreement.Percentile(rows, Icc, options), agreement.IccInterval, seed, $"{what} ICC interval");
        Same(ReferenceAgreement.OrdinalAlpha(rows), agreement.Alpha, seed, $"{what} alpha");
        Same(ReferenceAgreement.Percentile(rows, ReferenceAgreement.OrdinalAlpha, options), agreement.AlphaInterval, seed, $"{what} alpha interval");
    }

    private static double? Icc(double?[][] rows) => ReferenceAgreement.Icc21(rows)?.Icc21;

    private static double? Rise(double? with, double? without) => with is { } a && without is { } b ? b - a : null;

    /// <summary>
    /// A panel of 2-6 raters over 0-40 units, scores from one of a few scales (1-4, 1-5, halves, 1-10),
    /// some units scored alike by everyone, some scores missing (sometimes most), sometimes a rater who
    /// scored nothing or a whole panel on one score.
    /// </summary>
    private static double?[][] RandomPanel(int seed)
    {
        var random = new Random(seed);
        var raters = random.Next(2, 7);
        var units = random.Next(8) == 0 ? random.Next(0, 3) : random.Next(3, 41);
        double[][] scales = [[1, 2, 3, 4], [1, 2, 3, 4, 5], [0, 0.5, 1, 1.5], [.. Enumerable.Range(1, 10).Select(s => (double)s)]];
        var scale = random.Next(12) == 0 ? new[] { 3.0 } : scales[random.Next(scales.Length)];
        var missing = new[] { 0, 0, 0.1, 0.3, 0.7 }[random.Next(5)];
        var silent = random.Next(10) == 0 ? random.Next(raters) : -1;
        var rows = new double?[Math.Max(units, 1)][];
        for (var u = 0; u < rows.Length; u++)
        {
            var level = random.Next(scale.Length);
            var alike = random.Next(5) == 0;
            rows[u] = new double?[raters];
            for (var j = 0; j < raters; j++)
            {
                // Mostly the unit's level, now and then a step off or anywhere on the scale: agreement that is real but imperfect.
                var step = alike ? level : Math.Clamp(level + random.Next(-1, 2) * random.Next(2), 0, scale.Length - 1);
                if (!alike && random.Next(6) == 0)
                    step = random.Next(scale.Length);
                rows[u][j] = j == silent || random.NextDouble() < missing ? null : scale[step];
            }
        }
        return units == 0 ? [] : rows;
    }

    private static void Same(double? expected, double? actual, int seed, string what)
    {
        Assert.True(expected.HasValue == actual.HasValue, $"seed {seed}, {what}: reference {expected?.ToString() ?? "undefined"}, library {actual?.ToString() ?? "undefined"}");
        if (expected is { } e && actual is { } a)
            Assert.True(Math.Abs(e - a) <= Tolerance * Math.Max(1, Math.Abs(e)), $"seed {seed}, {what}: reference {e:R}, library {a:R}");
    }

    private static void Same(BootstrapInterval? expected, BootstrapInterval? actual, int seed, string what)
    {
        Assert.True((expected is null) == (actual is null), $"seed {seed}, {what}: reference {expected}, library {actual}");
        if (expected is null || actual is null)
            return;
        Assert.Equal((expected.Resamples, expected.Defined), (actual.Resamples, actual.Defined));
        Same(expected.Lower, actual.Lower, seed, what + " lower");
        Same(expected.Upper, actual.Upper, seed, what + " upper");
    }
}
