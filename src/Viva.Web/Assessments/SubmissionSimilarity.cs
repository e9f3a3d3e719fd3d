using Microsoft.EntityFrameworkCore;
using Viva.Core.Assessments;
using Viva.Core.Bank;
using Viva.Core.Similarity;
using Viva.Data;
using Viva.Data.Assessments;
using Viva.Web.Bank;

namespace Viva.Web.Assessments;

/// <summary>A submitted attempt's final code for one exercise.</summary>
internal sealed record Submission(AttemptRecord Attempt, string Code);

/// <summary>Two submissions to one exercise as compared; <see cref="A"/> is the attempt with the smaller id.</summary>
internal sealed record SubmissionPair(Submission A, Submission B, SimilarityResult Result);

/// <summary>One exercise compared across the submitted attempts: the flagged pairs (highest score first), how many pairs were not similar, and the submissions too short to judge.</summary>
internal sealed record ExerciseSimilarity(Question Question, IReadOnlyList<SubmissionPair> Flagged, int NotSimilar, IReadOnlyList<Submission> TooShort);

/// <summary>The similarity view's work: the final code of each submitted attempt, compared pair by pair per exercise.</summary>
internal static class SubmissionSimilarity
{
    public const string Confirmed = "confirmed";
    public const string Dismissed = "dismissed";

    /// <summary>The assessment's exercises that the bank still has.</summary>
    public static IReadOnlyList<Question> Exercises(AssessmentRecord assessment, BankCatalog bank) =>
        AssessmentAccess.Items(assessment).Where(i => i.Kind == AssessmentItemKind.Exercise)
            .Select(i => bank.Find(i.QuestionId)).OfType<Question>().Where(q => q.Exercise is not null).ToList();

    /// <summary>Orders two attempt ids as the pair's URL and the decision log store them: the smaller first.</summary>
    public static (string A, string B) Ordered(string one, string other) =>
        string.CompareOrdinal(one, other) <= 0 ? (one, other) : (other, one);

    /// <summary>
    /// Each attempt's final code for the exercise: its saved answer, or the starter when it saved none (as at grading).
    /// In attempt id order, so that pairs taken in order have the smaller id first.
    /// </summary>
    public static async Task<IReadOnlyList<Submission>> LoadAsync(VivaDb db, Question question, IReadOnlyList<AttemptRecord> attempts, CancellationToken cancellationToken)
    {
        var key = new AssessmentItem(AssessmentItemKind.Exercise, question.Id).Key;
        var ids = attempts.Select(a => a.Id).ToList();
        var codes = await db.AttemptAnswers.AsNoTracking().Where(a => ids.Contains(a.AttemptId) && a.ItemKey == key)
            .ToDictionaryAsync(a => a.AttemptId, a => a.Text, cancellationToken);
        return attempts.OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => new Submission(a, codes.GetValueOrDefault(a.Id) ?? question.Exercise!.Starter.Code)).ToList();
    }

    public static SimilarityEngine EngineFor(Question question) => new(SimilarityOptions.Default, SharedCode.Of(question.Exercise!));

    /// <summary>
    /// Every pair of submissions. Each one is tokenized and winnowed once, so the pairs (quadratic in the number of
    /// candidates) only compare fingerprint sets. A submission too short to judge is set apart, never compared.
    /// </summary>
    public static ExerciseSimilarity Compare(Question question, IReadOnlyList<Submission> submissions)
    {
        var engine = EngineFor(question);
        var fingerprinted = submissions.Select(s => (Submission: s, Code: engine.Fingerprint(s.Code))).ToList();
        var judged = fingerprinted.Where(f => !engine.IsTooShort(f.Code)).ToList();
        var flagged = new List<SubmissionPair>();
        var notSimilar = 0;
        for (var i = 0; i < judged.Count; i++)
        {
            for (var j = i + 1; j < judged.Count; j++)
            {
                var result = engine.Compare(judged[i].Code, judged[j].Code);
                if (result.Verdict == SimilarityVerdict.Flagged)
                    flagged.Add(new SubmissionPair(judged[i].Submission, judged[j].Submission, result));
                else
                    notSimilar++;
            }
        }
        var tooShort = fingerprinted.Where(f => engine.IsTooShort(f.Code)).Select(f => f.Submission).ToList();
        return new ExerciseSimilarity(question, flagged.OrderByDescending(p => p.Result.Score).ToList(), notSimilar, tooShort);
    }

    /// <summary>The latest decision on each pair of the assessment, keyed by question and the two attempt ids.</summary>
    public static async Task<Dictionary<(string QuestionId, string A, string B), SimilarityDecisionRecord>> LatestDecisionsAsync(VivaDb db, string assessmentId, CancellationToken cancellationToken)
    {
        var decisions = await db.SimilarityDecisions.AsNoTracking().Where(d => d.AssessmentId == assessmentId).ToListAsync(cancellationToken);
        return decisions.GroupBy(d => (d.QuestionId, d.AttemptA, d.AttemptB))
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).Last());
    }

    /// <summary>A share as a whole percentage, as the pages show it.</summary>
    public static string Percent(double share) => Math.Round(100 * share).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
