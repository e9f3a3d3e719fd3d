namespace Viva.Core.Calibration;

/// <summary>
/// The calibration of one panel: its agreement over the units it scored, and per interviewer the
/// agreement of the others without them ("leave one out"). With two interviewers there are no others to
/// compare with: which of the two is off cannot be told from their scores, so those figures are undefined.
/// </summary>
public sealed record PanelCalibration(Agreement Panel, IReadOnlyList<InterviewerAgreement> Interviewers)
{
    public static PanelCalibration Of(RatingMatrix ratings, BootstrapOptions options)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        // Every interval here (the panel's, each leave-one-out panel's, each rise's) resamples the same
        // units with the same seed, so they all see the same draws: one pass computes each figure once
        // per resample and reads all the rises off it, instead of a bootstrap per interval recomputing the
        // panel's figures for every rise. Slots: 0-1 the panel's ICC and alpha, then per rater r at
        // 2 + 4r its leave-one-out ICC, alpha, ICC rise and alpha rise.
        var raters = ratings.Raters;
        var intervals = Bootstrap.Percentiles(ratings, 2 + 4 * raters, (resample, figures) =>
        {
            var icc = IntraclassCorrelation.Icc21(resample);
            var alpha = Agreement.OrdinalAlpha(resample);
            figures[0] = icc;
            figures[1] = alpha;
            for (var r = 0; r < raters; r++)
            {
                var without = resample.WithoutRater(r);
                var slot = 2 + 4 * r;
                figures[slot] = IntraclassCorrelation.Icc21(without);
                figures[slot + 1] = Agreement.OrdinalAlpha(without);
                figures[slot + 2] = Rise(icc, figures[slot]);
                figures[slot + 3] = Rise(alpha, figures[slot + 1]);
            }
        }, options);

        var panel = Agreement.Of(ratings, intervals[0], intervals[1]);
        var interviewers = new List<InterviewerAgreement>(raters);
        for (var r = 0; r < raters; r++)
        {
            var slot = 2 + 4 * r;
            var without = Agreement.Of(ratings.WithoutRater(r), intervals[slot], intervals[slot + 1]);
            interviewers.Add(new InterviewerAgreement(
                r,
                without,
                Rise(panel.Icc, without.Icc),
                intervals[slot + 2],
                Rise(panel.Alpha, without.Alpha),
                intervals[slot + 3]));
        }
        return new PanelCalibration(panel, interviewers);
    }

    private static double? Rise(double? with, double? without) => with is { } a && without is { } b ? b - a : null;
}
