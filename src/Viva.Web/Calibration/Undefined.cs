using Viva.Core.Calibration;

namespace Viva.Web.Calibration;

/// <summary>
/// Why a calibration figure could not be computed, in words for the page (the statistics return null, never
/// NaN; the person needs to know what more data would help). The conditions mirror the figures' own.
/// </summary>
internal static class Undefined
{
    /// <summary>ICC(2,1) needs a complete table: two or more answers that every interviewer scored, and some variation.</summary>
    public static string Icc(RatingMatrix ratings)
    {
        if (ratings.Raters < 2)
            return "it needs two or more interviewers";
        var complete = Enumerable.Range(0, ratings.Units).Count(u => ratings.Unit(u).All(s => s.HasValue));
        return complete < 2
            ? $"it needs two or more answers scored by all {ratings.Raters} interviewers; there {(complete == 1 ? "is 1" : $"are {complete}")}"
            : "every score is the same, so there is nothing to agree on";
    }

    /// <summary>Alpha needs answers with two or more scores, and more than one value among them.</summary>
    public static string Alpha(RatingMatrix ratings)
    {
        var pairable = Enumerable.Range(0, ratings.Units).Any(u => ratings.Unit(u).Count(s => s.HasValue) >= 2);
        return pairable ? "every score of the answers scored twice or more is the same, so there is nothing to agree on" : "no answer was scored by two interviewers";
    }
}
