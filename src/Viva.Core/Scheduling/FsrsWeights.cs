namespace Viva.Core.Scheduling;

/// <summary>Clamps trained or hand-written weights into the ranges ts-fsrs allows (its <c>clipParameters</c>).</summary>
internal static class FsrsWeights
{
    public const int Count = 21;
    public const double MinStability = 0.001;
    public const double MaxStability = 36500.0;
    private const double InitialStabilityMax = 100.0;
    private const double ShortTermCeiling = 2.0;

    public static double[] Clip(IReadOnlyList<double> weights, int relearningSteps, bool enableShortTerm)
    {
        if (weights.Count != Count)
        {
            throw new ArgumentException($"FSRS-6 needs {Count} weights, got {weights.Count}.", nameof(weights));
        }
        var bounds = new (double Min, double Max)[]
        {
            (MinStability, InitialStabilityMax), (MinStability, InitialStabilityMax),
            (MinStability, InitialStabilityMax), (MinStability, InitialStabilityMax),
            (1.0, 10.0), (0.001, 4.0), (0.001, 4.0), (0.001, 0.75), (0.0, 4.5), (0.0, 0.8), (0.001, 3.5),
            (0.001, 5.0), (0.001, 0.25), (0.001, 0.9), (0.0, 4.0), (0.0, 1.0), (1.0, 6.0),
            (0.0, ShortTermCeiling), (0.0, ShortTermCeiling), (enableShortTerm ? 0.01 : 0.0, 0.8), (0.1, 0.8),
        };
        if (relearningSteps > 1)
        {
            // Several relearning steps each multiply stability by e^(w17*w18); cap the product so a lapse
            // still ends below the stability it started from (ts-fsrs' reasoning, same formula).
            var w11 = FsrsMath.Clamp(OrZero(weights[11]), bounds[11].Min, bounds[11].Max);
            var w13 = FsrsMath.Clamp(OrZero(weights[13]), bounds[13].Min, bounds[13].Max);
            var w14 = FsrsMath.Clamp(OrZero(weights[14]), bounds[14].Min, bounds[14].Max);
            var value = -(Math.Log(w11) + Math.Log(Math.Pow(2.0, w13) - 1.0) + w14 * 0.3) / relearningSteps;
            var ceiling = FsrsMath.Clamp(FsrsMath.Round8(Math.Sqrt(Math.Max(value, 0))), 0.01, ShortTermCeiling);
            bounds[17] = (bounds[17].Min, ceiling);
            bounds[18] = (bounds[18].Min, ceiling);
        }
        var clipped = new double[Count];
        for (var i = 0; i < Count; i++)
        {
            clipped[i] = FsrsMath.Clamp(OrZero(weights[i]), bounds[i].Min, bounds[i].Max);
        }
        return clipped;
    }

    // ts-fsrs writes `parameters[i] || 0`: NaN becomes 0 before clamping.
    private static double OrZero(double x) => double.IsNaN(x) ? 0 : x;
}
