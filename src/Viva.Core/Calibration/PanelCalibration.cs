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
        var panel = Agreement.Of(ratings, options);
        var interviewers = new List<InterviewerAgreement>(ratings.Raters);
        for (var rater = 0; rater < ratings.Raters; rater++)
        {
            var r = rater;
            var without = Agreement.Of(ratings.WithoutRater(r), options);
            interviewers.Add(new InterviewerAgreement(
                r,
                without,
                Rise(panel.Icc, without.Icc),
                Bootstrap.Percentile(ratings, m => Rise(IntraclassCorrelation.Icc21(m), IntraclassCorrelation.Icc21(m.WithoutRater(r))), options),
                Rise(panel.Alpha, without.Alpha),
                Bootstrap.Percentile(ratings, m => Rise(Agreement.OrdinalAlpha(m), Agreement.OrdinalAlpha(m.WithoutRater(r))), options)));
        }
        return new PanelCalibration(panel, interviewers);
    }

    private static double? Rise(double? with, double? without) => with is { } a && without is { } b ? b - a : null;
}
