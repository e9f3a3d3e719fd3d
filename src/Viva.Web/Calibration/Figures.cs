using System.Globalization;
using Viva.Core.Calibration;

namespace Viva.Web.Calibration;

/// <summary>How the calibration pages print figures, one way everywhere.</summary>
internal static class Figures
{
    /// <summary>A correlation-like figure, APA style: two decimals and no leading zero, since it cannot pass 1 (".21", "-.05", "1.00").</summary>
    public static string Coefficient(double value) => value.ToString(".00;-.00", CultureInfo.InvariantCulture);

    /// <summary>A share or a score difference with two decimals and its leading zero ("0.85", "1.50").</summary>
    public static string Decimal(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Interval(BootstrapInterval interval) => $"95% CI {Coefficient(interval.Lower)} to {Coefficient(interval.Upper)}";

    /// <summary>The exact figure for a page's data attribute, so a test compares numbers, not their rounding.</summary>
    public static string Raw(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Band(IccBand band) => band.ToString().ToLowerInvariant();
}
