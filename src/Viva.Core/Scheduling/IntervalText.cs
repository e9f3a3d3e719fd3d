using System.Globalization;

namespace Viva.Core.Scheduling;

/// <summary>Short interval labels as Anki shows them on its buttons: 1m, 10m, 3h, 4d, 2.5mo, 1.2y.</summary>
public static class IntervalText
{
    public static string Format(TimeSpan interval)
    {
        var minutes = Math.Max(0, interval.TotalMinutes);
        return minutes switch
        {
            < 60 => $"{Math.Max(1, Math.Round(minutes)):0}m",
            < 60 * 24 => $"{Math.Round(minutes / 60):0}h",
            < 60 * 24 * 30 => $"{Math.Round(minutes / (60 * 24)):0}d",
            < 60 * 24 * 365 => (minutes / (60 * 24 * 30)).ToString("0.#", CultureInfo.InvariantCulture) + "mo",
            _ => (minutes / (60 * 24 * 365)).ToString("0.#", CultureInfo.InvariantCulture) + "y",
        };
    }
}
