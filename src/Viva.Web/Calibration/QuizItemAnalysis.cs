using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Viva.Core.Bank;
using Viva.Core.Calibration;
using Viva.Data;
using Viva.Data.Accounts;
using Viva.Web.Bank;
using Viva.Web.Interviews;

namespace Viva.Web.Calibration;

/// <summary>One stored quiz answer, reduced to what item analysis reads (the owner is the table's shadow column).</summary>
internal sealed record QuizAnswerRow(string User, string QuestionId, int ItemIndex, long AnsweredAt, long Id, bool Correct);

/// <summary>One quiz item of the bank with its figures across every user's answers.</summary>
internal sealed record ItemRow(Question Question, int ItemIndex, QuizItem Item, ItemStatistics Statistics)
{
    /// <summary>Below this many candidates one answer moves p by .20 or more and r is noise: the figures are not read.</summary>
    public const int MinAnswers = 5;

    public bool TooFewAnswers => Statistics.Answered < MinAnswers;

    public ItemFlags Flags => TooFewAnswers ? ItemFlags.None : Statistics.Flags;
}

/// <summary>
/// Classical item analysis of the bank's quiz items over every user's stored answers (aggregate only: no row
/// says whose answers it holds).
/// </summary>
internal static class QuizItemAnalysis
{
    /// <summary>Interviewers, trainers and admins read it; in local mode the one user does. Candidates do not: it is about the test, not them.</summary>
    public static async Task<bool> MayReadAsync(HttpContext context, VivaDb db) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id
        || await Member.InRoleAsync(db, id, [Roles.Interviewer, Roles.Trainer, Roles.Admin], context.RequestAborted);

    public static async Task<IReadOnlyList<ItemRow>> LoadAsync(VivaDb db, BankCatalog bank, CancellationToken cancellationToken)
    {
        // Every user's rows: the per-user filter is lifted on purpose, and only counts leave this method.
        var answers = await db.QuizAnswers.IgnoreQueryFilters()
            .Select(a => new QuizAnswerRow(EF.Property<string>(a, VivaDb.OwnerColumn), a.QuestionId, a.ItemIndex, a.AnsweredAt, a.Id, a.Correct))
            .ToListAsync(cancellationToken);
        return Analyse(answers, bank);
    }

    /// <summary>
    /// One row per candidate (user), not per quiz attempt, holding each user's FIRST answer to each item.
    /// Classical item analysis treats rows as independent examinees meeting each item once: rows per attempt
    /// would let a frequent user count many times over, and a later attempt answers an item whose key the
    /// feedback already showed, measuring memory rather than the item. Answers given while studying (no quiz
    /// id) count too: the item was asked the same way. Items are keyed by question and position, across
    /// edits of the question (a typo fix should not throw away every answer); items no longer in the bank are left out.
    /// </summary>
    internal static IReadOnlyList<ItemRow> Analyse(IEnumerable<QuizAnswerRow> answers, BankCatalog bank)
    {
        var first = answers
            .Where(a => bank.Find(a.QuestionId) is { } q && a.ItemIndex >= 0 && a.ItemIndex < q.Quiz.Count)
            .GroupBy(a => (a.User, a.QuestionId, a.ItemIndex))
            .Select(g => g.MinBy(a => (a.AnsweredAt, a.Id))!)
            .ToDictionary(a => (a.User, a.QuestionId, a.ItemIndex), a => a.Correct);
        var items = first.Keys.Select(k => (k.QuestionId, k.ItemIndex)).Distinct()
            .OrderBy(i => i.QuestionId, StringComparer.Ordinal).ThenBy(i => i.ItemIndex).ToList();
        var users = first.Keys.Select(k => k.User).Distinct().Order(StringComparer.Ordinal).ToList();
        var table = users.Select(u => (IReadOnlyList<bool?>)items.Select(i => first.TryGetValue((u, i.QuestionId, i.ItemIndex), out var c) ? (bool?)c : null).ToList()).ToList();
        var statistics = ItemAnalysis.Of(table);
        return [.. items.Select((item, column) =>
            {
                var question = bank.Find(item.QuestionId)!;
                return new ItemRow(question, item.ItemIndex, question.Quiz[item.ItemIndex], statistics[column]);
            })
            // What needs a look first: flagged items, a wrong key before the rest, worst discrimination first; then the sound ones; the unreadable last.
            .OrderBy(r => r.TooFewAnswers)
            .ThenBy(r => r.Flags == ItemFlags.None)
            .ThenBy(r => !r.Flags.HasFlag(ItemFlags.CheckTheKey))
            .ThenBy(r => r.Statistics.ItemRest ?? double.MaxValue)
            .ThenBy(r => r.Question.Id, StringComparer.Ordinal).ThenBy(r => r.ItemIndex)];
    }
}
