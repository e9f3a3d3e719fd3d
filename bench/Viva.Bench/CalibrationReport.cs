using System.Diagnostics;
using System.Globalization;
using Viva.Core.Calibration;

namespace Viva.Bench;

/// <summary>
/// `calibration`: what the /calibration page spends its first load on. `PanelCalibration.Of` (the panel's
/// ICC(2,1) and ordinal alpha with bootstrap intervals, and each interviewer's leave-one-out rise with its
/// own intervals) over a realistic team: 50 interviews of 6 questions (300 units) scored 1-4 by 3
/// interviewers, with the page's bootstrap options. Prints the median and p95 of several runs, and the
/// figures themselves, so a faster version can be seen to print the same ones.
/// </summary>
internal static class CalibrationReport
{
    /// <summary>The page's options (TeamCalibration.Bootstrap in Viva.Web, which the bench does not reference).</summary>
    private static readonly BootstrapOptions PageOptions = new(1000, BootstrapOptions.Default.Seed);

    public static void Run(int runs)
    {
        var matrix = Team(interviews: 50, questions: 6, raters: 3);
        var result = PanelCalibration.Of(matrix, PageOptions); // warm up: JIT, and the figures to print
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            PanelCalibration.Of(matrix, PageOptions);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort(); // Bootstrap.Quantile reads sorted values, type 7 like numpy's percentile
        Console.WriteLine($"PanelCalibration.Of, {matrix.Units} units x {matrix.Raters} raters, {PageOptions.Resamples} resamples, {runs} runs: " +
            $"median {Bootstrap.Quantile(times, 0.5):0.0} ms, p95 {Bootstrap.Quantile(times, 0.95):0.0} ms (min {times[0]:0.0}, max {times[^1]:0.0})");
        Console.WriteLine($"panel: icc {Show(result.Panel.Icc)} {Show(result.Panel.IccInterval)}, alpha {Show(result.Panel.Alpha)} {Show(result.Panel.AlphaInterval)}");
        foreach (var r in result.Interviewers)
            Console.WriteLine($"rater {r.Rater}: icc rise {Show(r.IccRise)} {Show(r.IccRiseInterval)}, alpha rise {Show(r.AlphaRise)} {Show(r.AlphaRiseInterval)}");
    }

    /// <summary>
    /// Seeded scores the way a real team's look: each candidate has a level on each question, and each
    /// interviewer mostly gives it, a third of the time one step off either way (clamped to 1-4).
    /// </summary>
    private static RatingMatrix Team(int interviews, int questions, int raters)
    {
        var random = new Random(14);
        var rows = new List<IReadOnlyList<double?>>();
        for (var i = 0; i < interviews; i++)
        {
            for (var q = 0; q < questions; q++)
            {
                var level = 1 + (i + q) % 4;
                rows.Add([.. Enumerable.Range(0, raters).Select(_ => (double?)Math.Clamp(level + (random.Next(3) == 0 ? random.Next(-1, 2) : 0), 1, 4))]);
            }
        }
        return new RatingMatrix(rows);
    }

    // Round-trip formatting ("R"): the point is to see that a rewrite prints the very same doubles.
    private static string Show(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "undefined";

    private static string Show(BootstrapInterval? interval) =>
        interval is null ? "[undefined]" : $"[{Show(interval.Lower)}, {Show(interval.Upper)}; {interval.Defined}/{interval.Resamples}]";
}
