using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Viva.Core.Bank;
using Viva.Core.Interviews;
using Viva.Data;
using Viva.Data.Cohorts;
using Viva.Web.Bank;

namespace Viva.Web.Cohorts;

/// <summary>A learner's written answer that a trainer may grade in a cohort.</summary>
internal sealed record GradableAnswer(long Id, string LearnerId, Question Question, string Text, long AnsweredAt);

/// <summary>
/// Grading the cohort's written answers: which answers (the members', with text, to questions of the assigned
/// topics), in what order, and storing a grade.
/// </summary>
internal static class CohortGrading
{
    public static async Task<IReadOnlyList<GradableAnswer>> AnswersAsync(VivaDb db, CohortRecord cohort, BankCatalog bank, CancellationToken cancellationToken)
    {
        var topics = await db.CohortAssignments.Where(a => a.CohortId == cohort.Id && a.Kind == CohortAssignmentRecord.TopicKind)
            .Select(a => a.Target).ToListAsync(cancellationToken);
        var questionIds = bank.Questions.Where(q => topics.Contains(q.Topic)).Select(q => q.Id).ToList();
        var members = db.CohortMembers.Where(m => m.CohortId == cohort.Id).Select(m => m.UserId);
        // Other people's answers: the per-user filter is lifted on purpose, for the cohort's members only.
        var rows = await db.WrittenAnswers.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Answer != null && questionIds.Contains(a.QuestionId) && members.Contains(EF.Property<string>(a, VivaDb.OwnerColumn)))
            .Select(a => new { a.Id, Owner = EF.Property<string>(a, VivaDb.OwnerColumn), a.QuestionId, a.Answer, a.AnsweredAt })
            .ToListAsync(cancellationToken);
        return rows.Where(r => bank.Find(r.QuestionId) is not null)
            .Select(r => new GradableAnswer(r.Id, r.Owner, bank.Find(r.QuestionId)!, r.Answer!, r.AnsweredAt)).ToList();
    }

    /// <summary>The seed of a grader's order in a cohort: the same grader sees the same order on every visit, another grader another.</summary>
    public static string Seed(string cohortId, string graderId) => cohortId + "\n" + graderId;

    /// <summary>
    /// The answers in a random order that is fixed by the seed: each answer's place is a hash of the seed and its
    /// id, so the order does not follow the learners (no one's answers come in a block, always first or last),
    /// and an answer written later slots in without moving the others. SHA-256 rather than string.GetHashCode,
    /// which .NET randomises per process.
    /// </summary>
    public static IReadOnlyList<GradableAnswer> Order(IEnumerable<GradableAnswer> answers, string seed) =>
        answers.OrderBy(a => Place(seed, a.Id)).ThenBy(a => a.Id).ToList();

    private static ulong Place(string seed, long id) =>
        BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}\n{id}")));

    /// <summary>Stores the grader's grade of the answer (replacing an earlier one); one line saying what is wrong, or null.</summary>
    public static async Task<string?> SaveAsync(VivaDb db, string cohortId, GradableAnswer answer, string graderId, bool[] ticks, int? score, string? note,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (score is not { } s)
            return "Choose a score from 1 to 4.";
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (ScorecardRules.Validate(s, ticks, note) is { } problem)
            return problem;
        if (note?.Length > 4000)
            return "A note is at most 4,000 characters.";
        // Two tabs (or a double click) can race to add the same grade: the loser retries as an update.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var grade = await db.CohortGrades.FirstOrDefaultAsync(g => g.CohortId == cohortId && g.AnswerId == answer.Id && g.GraderId == graderId, cancellationToken);
                if (grade is null)
                    db.CohortGrades.Add(grade = new CohortGradeRecord { CohortId = cohortId, AnswerId = answer.Id, GraderId = graderId, Ticks = "" });
                grade.Ticks = string.Concat(ticks.Select(t => t ? '1' : '0'));
                grade.Score = s;
                grade.Note = note;
                grade.GradedAt = now.ToUnixTimeMilliseconds();
                await db.SaveChangesAsync(cancellationToken);
                return null;
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
