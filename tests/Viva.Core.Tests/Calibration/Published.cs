using Viva.Core.Calibration;

namespace Viva.Core.Tests.Calibration;

/// <summary>Published reliability data, laid out as in the papers, and the one transposition they need.</summary>
internal static class Published
{
    /// <summary>
    /// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers (rows) by
    /// 12 units (columns), missing values blank. Published: nominal .743, ordinal .815, interval .849.
    /// </summary>
    public static RatingMatrix KrippendorffObservers() => FromRaters(
        [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
        [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null]);

    /// <summary>
    /// Shrout and Fleiss (1979), Table 2: 6 targets (rows) by 4 judges (columns). Published: BMS 11.24,
    /// WMS 6.26, JMS 32.49, EMS 1.02; ICC(1,1) .17, ICC(2,1) .29, ICC(3,1) .71.
    /// </summary>
    public static RatingMatrix ShroutFleissTable2() => new([
        [9, 2, 5, 8],
        [6, 1, 3, 2],
        [8, 4, 6, 8],
        [7, 1, 2, 6],
        [10, 5, 6, 9],
        [6, 2, 4, 7],
    ]);

    /// <summary>The papers put raters in rows; the matrix has units in rows.</summary>
    public static RatingMatrix FromRaters(params double?[][] raters) =>
        new(Enumerable.Range(0, raters[0].Length).Select(u => (IReadOnlyList<double?>)[.. raters.Select(r => r[u])]));
}
