using Microsoft.EntityFrameworkCore;
using Viva.Core.Scheduling;
using Viva.Data;
using Viva.Data.Assessments;
using Viva.Data.Cohorts;
using Viva.Web.Assessments;
using Viva.Web.Bank;
using Viva.Web.Progress;

namespace Viva.Web.Cohorts;

/// <summary>A learner of a cohort as the trainer's pages name them.</summary>
internal sealed record Learner(string Id, string Name, string? Email);

/// <summary>One assignment as a column of the progress table.</summary>
internal sealed record ProgressColumn(CohortAssignmentRecord Assignment, string Title)
{
    public bool IsTopic => Assignment.Kind == CohortAssignmentRecord.TopicKind;

    public DateOnly Due => DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(Assignment.DueAt).UtcDateTime);
}

/// <summary>A learner's standing on one assignment: a mastery percentage for a topic, a status for an assessment.</summary>
internal sealed record ProgressCell(string Text, int? Percent, bool Overdue);

internal sealed record ProgressRow(Learner Learner, IReadOnlyList<ProgressCell> Cells);

/// <summary>
/// The cohort's progress table: a row per learner, a column per assignment. Topic cells are the same mastery
/// figure the learner's own /progress shows (<see cref="StudyState"/> over their cards), read with the owner
/// filter lifted on purpose and only for the cohort's members.
/// </summary>
internal sealed record CohortProgress(IReadOnlyList<ProgressColumn> Columns, IReadOnlyList<ProgressRow> Rows)
{
    /// <summary>A topic past its due date is overdue while the learner's mastery is under this.</summary>
    public const int MasteryBar = 80;

    public const string NotOpened = "not opened";
    public const string InProgress = "in progress";
    public const string Submitted = "submitted";

    public static async Task<IReadOnlyList<Learner>> LearnersAsync(VivaDb db, string cohortId, CancellationToken cancellationToken) =>
        // Sorted here, not by the database: SQLite and PostgreSQL collate names differently, and the table and CSV should not.
        (await db.CohortMembers.Where(m => m.CohortId == cohortId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new Learner(u.Id, u.DisplayName ?? u.Email ?? u.Id, u.Email))
            .ToListAsync(cancellationToken))
        .OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Id, StringComparer.Ordinal).ToList();

    public static async Task<List<ProgressColumn>> ColumnsAsync(VivaDb db, CohortRecord cohort, BankCatalog bank, CancellationToken cancellationToken)
    {
        var assignments = await db.CohortAssignments.Where(a => a.CohortId == cohort.Id).OrderBy(a => a.DueAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var assessmentIds = assignments.Where(a => a.Kind == CohortAssignmentRecord.AssessmentKind).Select(a => a.Target).ToList();
        // Only the team's assessments are named: an assignment never shows another team's title.
        var titles = await db.Assessments.Where(a => a.Team == cohort.Team && assessmentIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        return assignments.Select(a => new ProgressColumn(a, a.Kind == CohortAssignmentRecord.TopicKind
            ? TopicTitle(bank, a.Target)
            : titles.GetValueOrDefault(a.Target, "(assessment removed)"))).ToList();
    }

    public static string TopicTitle(BankCatalog bank, string topic) =>
        bank.Areas.SelectMany(a => a.Topics).FirstOrDefault(t => t.Id == topic)?.Title ?? topic;

    public static async Task<CohortProgress> LoadAsync(VivaDb db, CohortRecord cohort, BankCatalog bank, FsrsScheduler scheduler, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var learners = await LearnersAsync(db, cohort.Id, cancellationToken);
        var columns = await ColumnsAsync(db, cohort, bank, cancellationToken);
        var ids = learners.Select(l => l.Id).ToList();
        // Other people's cards: the per-user filter is lifted on purpose, for the cohort's members only.
        var cards = (await db.Cards.IgnoreQueryFilters().AsNoTracking()
                .Where(c => ids.Contains(EF.Property<string>(c, VivaDb.OwnerColumn)))
                .Select(c => new { Owner = EF.Property<string>(c, VivaDb.OwnerColumn), Card = c })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.Owner, c => c.Card);
        var assessmentIds = columns.Where(c => !c.IsTopic).Select(c => c.Assignment.Target).ToList();
        var assessments = await db.Assessments.Where(a => a.Team == cohort.Team && assessmentIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var attempts = (await db.Attempts.Where(a => assessmentIds.Contains(a.AssessmentId) && ids.Contains(a.CandidateUserId)).ToListAsync(cancellationToken))
            .ToLookup(a => (a.CandidateUserId, a.AssessmentId));

        var rows = learners.Select(learner =>
        {
            var state = new StudyState(cards[learner.Id].ToDictionary(c => c.QuestionId), scheduler, now);
            var cells = columns.Select(column =>
            {
                var due = now.ToUnixTimeMilliseconds() > column.Assignment.DueAt;
                if (column.IsTopic)
                {
                    var percent = state.MasteryPercent(bank.Questions.Where(q => q.Topic == column.Assignment.Target));
                    return new ProgressCell($"{percent}%", percent, due && percent < MasteryBar);
                }
                var status = Status(assessments.GetValueOrDefault(column.Assignment.Target), attempts[(learner.Id, column.Assignment.Target)], now);
                return new ProgressCell(status, null, due && status != Submitted);
            }).ToList();
            return new ProgressRow(learner, cells);
        }).ToList();
        return new CohortProgress(columns, rows);
    }

    /// <summary>
    /// Whether the learner submitted the assessment. An attempt whose time is over counts as submitted even
    /// before a request has closed it, since the server's clock submits it as it stands.
    /// </summary>
    private static string Status(AssessmentRecord? assessment, IEnumerable<AttemptRecord> attempts, DateTimeOffset now)
    {
        var started = false;
        foreach (var attempt in attempts)
        {
            if (attempt.SubmittedAt is not null || (assessment is not null && AssessmentAccess.Deadline(assessment, attempt) < now))
                return Submitted;
            started |= attempt.StartedAt is not null;
        }
        return started ? InProgress : NotOpened;
    }
}
