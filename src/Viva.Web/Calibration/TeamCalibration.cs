using Viva.Core.Calibration;
using Viva.Data.Interviews;
using Viva.Web.Bank;
using Viva.Web.Interviews;

namespace Viva.Web.Calibration;

/// <summary>An interviewer as a column of the rating matrices.</summary>
internal sealed record Rater(string Id, string Name);

/// <summary>One unit of the matrices: a candidate's answer to one question, with the submitted scores it got.</summary>
internal sealed record ScoredAnswer(InterviewRecord Interview, string QuestionId, IReadOnlyDictionary<string, int> Scores)
{
    public int Range => Scores.Values.Max() - Scores.Values.Min();
}

/// <summary>A panel: the interviewers who submitted on the same interviews, pooled over those interviews.</summary>
internal sealed record PanelFigures(IReadOnlyList<Rater> Raters, IReadOnlyList<InterviewRecord> Interviews, RatingMatrix Matrix, Agreement Agreement);

/// <summary>A debrief line: a question, how much the panels disagreed on it, and the interviews where its scores differed (widest first).</summary>
internal sealed record DebriefQuestion(string Title, QuestionDisagreement Disagreement, IReadOnlyList<ScoredAnswer> Where);

/// <summary>
/// A team's calibration as the page shows it. Units are (interview, question) pairs with at least one
/// submitted score; raters are the interviewers who scored any of them (an interviewer who scored nothing
/// would be a column of nulls, which leaves no answer complete and so no ICC at all). Pure over its
/// inputs, so the same scores always give the same page.
/// </summary>
internal sealed record TeamCalibration(
    CalibrationScores Source,
    IReadOnlyList<Rater> Raters,
    RatingMatrix Matrix,
    PanelCalibration Team,
    IReadOnlyList<PanelFigures> Panels,
    IReadOnlyList<DebriefQuestion> Debrief)
{
    /// <summary>
    /// A fixed seed, so a reload prints the same intervals. 1,000 resamples: Efron and Tibshirani's floor
    /// for percentile ends, half the library's default, because the page draws them for the team, each
    /// panel and each interviewer's leave-one-out (see docs/architecture.md for the time measured).
    /// </summary>
    public static readonly BootstrapOptions Bootstrap = new(1000, BootstrapOptions.Default.Seed);

    public static TeamCalibration Of(CalibrationScores source, IReadOnlyDictionary<string, string> names, BankCatalog bank)
    {
        var scores = source.Scores.ToLookup(s => (s.InterviewId, s.QuestionId));
        var answers = source.Interviews
            .SelectMany(i => Lists.Lines(i.QuestionIds).Select(q => (Interview: i, Question: q)))
            .Where(a => scores[(a.Interview.Id, a.Question)].Any())
            .Select(a => new ScoredAnswer(a.Interview, a.Question,
                scores[(a.Interview.Id, a.Question)].GroupBy(s => s.InterviewerId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Score, StringComparer.Ordinal)))
            .ToList();
        var raters = RatersOf(answers, names);
        var matrix = MatrixOf(answers, raters);
        return new TeamCalibration(source, raters, matrix, PanelCalibration.Of(matrix, Bootstrap), PanelsOf(answers, names), DebriefOf(answers, bank));
    }

    private static List<Rater> RatersOf(IEnumerable<ScoredAnswer> answers, IReadOnlyDictionary<string, string> names) =>
        answers.SelectMany(a => a.Scores.Keys).Distinct(StringComparer.Ordinal)
            .Select(id => new Rater(id, names.GetValueOrDefault(id, id)))
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();

    /// <summary>A row per answer, a column per rater, null where that rater did not score the answer.</summary>
    internal static RatingMatrix MatrixOf(IEnumerable<ScoredAnswer> answers, IReadOnlyList<Rater> raters) =>
        new(answers.Select(a => (IReadOnlyList<double?>)raters.Select(r => a.Scores.TryGetValue(r.Id, out var s) ? (double?)s : null).ToArray()));

    /// <summary>Interviews grouped by who submitted on them: the same people scoring the same kind of answers are one panel.</summary>
    private static List<PanelFigures> PanelsOf(List<ScoredAnswer> answers, IReadOnlyDictionary<string, string> names) =>
        answers.GroupBy(a => a.Interview.Id, StringComparer.Ordinal)
            .GroupBy(interview => string.Join(',', interview.SelectMany(a => a.Scores.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)), StringComparer.Ordinal)
            .Select(panel =>
            {
                var panelAnswers = panel.SelectMany(interview => interview).ToList();
                var raters = RatersOf(panelAnswers, names);
                var matrix = MatrixOf(panelAnswers, raters);
                return new PanelFigures(raters, panel.Select(interview => interview.First().Interview).ToList(), matrix, Agreement.Of(matrix, Bootstrap));
            })
            .OrderByDescending(p => p.Interviews.Count).ThenBy(p => string.Join(", ", p.Raters.Select(r => r.Name)), StringComparer.OrdinalIgnoreCase).ToList();

    private static List<DebriefQuestion> DebriefOf(List<ScoredAnswer> answers, BankCatalog bank)
    {
        var ranked = QuestionDisagreement.Rank(answers.Select(a => new AnswerScores(a.QuestionId, a.Scores.Values.Select(s => (double)s).ToList())));
        return ranked.Select(q => new DebriefQuestion(
            bank.Find(q.Question)?.Title ?? q.Question,
            q,
            answers.Where(a => a.QuestionId == q.Question && a.Range > 0).OrderByDescending(a => a.Range).ThenBy(a => a.Interview.CreatedAt).ToList())).ToList();
    }
}
