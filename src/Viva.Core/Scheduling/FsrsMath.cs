namespace Viva.Core.Scheduling;

/// <summary>
/// JavaScript's rounding, so results agree with ts-fsrs to the bit: ts-fsrs rounds most intermediate
/// values to 8 decimals, and an interval that rounds differently would be a different due date.
/// </summary>
internal static class FsrsMath
{
    /// <summary>JavaScript <c>Math.round</c>: ties go towards +infinity (-2.5 rounds to -2).</summary>
    public static double JsRound(double x)
    {
        var floor = Math.Floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    /// <summary>ts-fsrs' <c>roundTo(x, 8)</c>.</summary>
    public static double Round8(double x) => JsRound(x * 1e8) / 1e8;

    /// <summary>ts-fsrs' <c>clamp</c>: <c>min(max(x, lo), hi)</c>, so <paramref name="hi"/> wins when lo &gt; hi.</summary>
    public static double Clamp(double x, double lo, double hi) => Math.Min(Math.Max(x, lo), hi);
}
