namespace Viva.Core.Calibration;

/// <summary>
/// The two-way analysis of variance of a targets by judges table that Shrout and Fleiss (1979) build their
/// intraclass correlations from, over the complete targets only. Mean squares: between targets (BMS),
/// within targets (WMS, judges and residual together), between judges (JMS) and residual error (EMS).
/// </summary>
/// <param name="Targets">n, the targets every judge scored.</param>
/// <param name="Judges">k.</param>
/// <param name="IncompleteTargets">Targets left out because a judge's score was missing.</param>
/// <param name="Bms">Between-targets mean square: how much the targets really differ, plus noise.</param>
/// <param name="Wms">Within-targets mean square: judges and residual pooled, as the one-way model sees it.</param>
/// <param name="Jms">Between-judges mean square: how much the judges' overall levels (harshness) differ.</param>
/// <param name="Ems">Residual mean square: the judge-by-target disagreement left over.</param>
public sealed record IccAnova(int Targets, int Judges, int IncompleteTargets, double Bms, double Wms, double Jms, double Ems)
{
    /// <summary>
    /// ICC(2,1): two-way random effects, absolute agreement, one rater. The judges are a sample of the judges
    /// who could have scored, and a judge who is systematically harsher counts as disagreement: the
    /// reliability of one interviewer's score as it stands. Null when undefined (no variance at all).
    /// </summary>
    public double? Icc21 => Ratio(Bms - Ems, Bms + (Judges - 1) * Ems + Judges * (Jms - Ems) / Targets);

    /// <summary>ICC(1,1): one-way random effects, each target scored by its own judges; judge and error are not told apart.</summary>
    public double? Icc11 => Ratio(Bms - Wms, Bms + (Judges - 1) * Wms);

    /// <summary>ICC(3,1): two-way mixed, consistency: a judge's constant harshness is forgiven, only the ordering counts.</summary>
    public double? Icc31 => Ratio(Bms - Ems, Bms + (Judges - 1) * Ems);

    // A zero denominator only comes from tables without variation (or a 2 x 2 with none between targets
    // or judges); the figure is then 0/0, not a number to show.
    private static double? Ratio(double numerator, double denominator) =>
        Math.Abs(denominator) < 1e-12 ? null : numerator / denominator;
}
