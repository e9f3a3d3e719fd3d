using Microsoft.EntityFrameworkCore;
using Viva.Core.Assessments;
using Viva.Core.Bank;
using Viva.Data;
using Viva.Data.Assessments;
using Viva.Web.Bank;

namespace Viva.Web.Assessments;

/// <summary>One part of a submitted attempt as graded: a quiz item right or wrong, an exercise's last run, a written answer.</summary>
internal sealed record ItemResult(AssessmentItem Item, Question? Question, QuizItem? Quiz, string? Answer, bool? Correct, AttemptRunRecord? LastRun, int Runs);

/// <summary>A submitted attempt graded from what was stored: the quiz answers, the last test run of each exercise.</summary>
internal sealed record AttemptResults(IReadOnlyList<ItemResult> Items)
{
    public int QuizRight => Items.Count(i => i.Correct == true);
    public int QuizCount => Items.Count(i => i.Item.Kind == AssessmentItemKind.Quiz);
    public string QuizSummary => QuizCount == 0 ? "" : $"{QuizRight}/{QuizCount}";
    public string TestSummary => Items.Any(i => i.Item.Kind == AssessmentItemKind.Exercise)
        ? $"{Items.Sum(i => i.LastRun?.Passed ?? 0)}/{Items.Where(i => i.Item.Kind == AssessmentItemKind.Exercise).Sum(i => i.LastRun?.Total ?? i.Question?.Exercise?.Tests.Count ?? 0)}"
        : "";

    public static async Task<Dictionary<string, AttemptResults>> LoadManyAsync(VivaDb db, AssessmentRecord assessment, IReadOnlyList<AttemptRecord> attempts, BankCatalog bank, CancellationToken cancellationToken)
    {
        var ids = attempts.Select(a => a.Id).ToList();
        var answers = (await db.AttemptAnswers.AsNoTracking().Where(a => ids.Contains(a.AttemptId)).ToListAsync(cancellationToken)).ToLookup(a => a.AttemptId);
        var runs = (await db.AttemptRuns.AsNoTracking().Where(r => ids.Contains(r.AttemptId)).ToListAsync(cancellationToken)).ToLookup(r => r.AttemptId);
        var items = AssessmentAccess.Items(assessment);
        return attempts.ToDictionary(a => a.Id, a => Grade(items, answers[a.Id].ToDictionary(x => x.ItemKey, x => x.Text), runs[a.Id].ToList(), bank));
    }

    public static AttemptResults Grade(IReadOnlyList<AssessmentItem> items, IReadOnlyDictionary<string, string> answers, IReadOnlyList<AttemptRunRecord> runs, BankCatalog bank) =>
        new(items.Select(item =>
        {
            var resolved = AssessmentAccess.Resolve(item, bank);
            var answer = answers.GetValueOrDefault(item.Key);
            var mine = runs.Where(r => item.Kind == AssessmentItemKind.Exercise && r.QuestionId == item.QuestionId).OrderBy(r => r.RanAt).ThenBy(r => r.Id).ToList();
            // A quiz item is right or wrong (unanswered, or gone from the bank, is wrong); other parts have no such verdict.
            bool? correct = item.Kind == AssessmentItemKind.Quiz ? resolved?.Quiz is { } quiz && Attempts.Grade(quiz, answer) == true : null;
            return new ItemResult(item, resolved?.Question, resolved?.Quiz, answer, correct, mine.LastOrDefault(), mine.Count(r => !r.Final));
        }).ToList());
}
