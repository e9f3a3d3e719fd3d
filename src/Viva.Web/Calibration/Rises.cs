using Viva.Core.Calibration;

namespace Viva.Web.Calibration;

/// <summary>What leaving one interviewer out does to a figure, read from the interval of the rise.</summary>
internal enum RiseReading
{
    /// <summary>The interval is above 0: the rest agree better without them.</summary>
    Differs,

    /// <summary>The interval is below 0: the rest agree worse without them.</summary>
    Anchors,

    /// <summary>The interval holds 0 (or there is none): no clear difference.</summary>
    Unclear,
}

/// <summary>The plain words for an interviewer's leave-one-out rise ("ICC rises by .21 (95% CI .05 to .38) without them: ...").</summary>
internal static class Rises
{
    public static RiseReading ReadingOf(BootstrapInterval? interval) => interval switch
    {
        { Lower: > 0 } => RiseReading.Differs,
        { Upper: < 0 } => RiseReading.Anchors,
        _ => RiseReading.Unclear,
    };

    public static string Sentence(string figure, double rise, BootstrapInterval? interval)
    {
        var reading = ReadingOf(interval);
        // A fall is said as a fall, with its interval turned round, rather than "rises by -.10 (95% CI -.20 to -.02)".
        var (verb, size, ci) = reading switch
        {
            RiseReading.Differs => ("rises by", rise, interval),
            RiseReading.Anchors => ("falls by", -rise, interval is null ? null : interval with { Lower = -interval.Upper, Upper = -interval.Lower }),
            _ => ("changes by", rise, interval),
        };
        var amount = reading == RiseReading.Unclear && rise > 0 ? "+" + Figures.Coefficient(size) : Figures.Coefficient(size);
        var conclusion = reading switch
        {
            RiseReading.Differs => "they score differently from the rest",
            RiseReading.Anchors => "the rest agree better with them in",
            _ => interval is null ? "no interval could be drawn" : "no clear difference from the rest",
        };
        return $"{figure} {verb} {amount}{(ci is null ? "" : $" ({Figures.Interval(ci)})")} without them: {conclusion}";
    }
}
