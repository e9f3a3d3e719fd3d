namespace Viva.Core.Calibration;

/// <summary>
/// How much a panel disagreed on one question, for ordering the debrief: over the question's answers that
/// two or more interviewers scored, the mean absolute difference between two interviewers' scores of the
/// same answer (in score points: "two of you were 1.5 apart on average") and the widest spread on any one
/// answer. Scores on the same answer are what should agree, so candidates' differences do not count.
/// </summary>
public sealed record QuestionDisagreement(string Question, int Answers, double MeanPairDifference, double WidestRange)
{
    /// <summary>
    /// The questions, most disagreed first (mean pair difference, then widest range, then id). A question
    /// none of whose answers has two scores is left out: there is no disagreement to measure.
    /// </summary>
    public static IReadOnlyList<QuestionDisagreement> Rank(IEnumerable<AnswerScores> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return [.. answers
            .Where(a => a.Scores.Count >= 2)
            .GroupBy(a => a.Question, StringComparer.Ordinal)
            .Select(g => new QuestionDisagreement(
                g.Key,
                g.Count(),
                g.Average(a => PairDifference(a.Scores)),
                g.Max(a => a.Scores.Max() - a.Scores.Min())))
            .OrderByDescending(q => q.MeanPairDifference)
            .ThenByDescending(q => q.WidestRange)
            .ThenBy(q => q.Question, StringComparer.Ordinal)];
    }

    /// <summary>The mean of |x_i - x_j| over the unordered pairs of one answer's scores.</summary>
    internal static double PairDifference(IReadOnlyList<double> scores)
    {
        double sum = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            for (var j = i + 1; j < scores.Count; j++)
                sum += Math.Abs(scores[i] - scores[j]);
        }
        return sum / (scores.Count * (scores.Count - 1) / 2);
    }
}
