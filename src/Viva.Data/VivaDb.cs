using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Viva.Data.Accounts;
using Viva.Data.Assessments;
using Viva.Data.Attempts;
using Viva.Data.Cohorts;
using Viva.Data.Dispatch;
using Viva.Data.Interviews;
using Viva.Data.Learners;
using Viva.Data.Limits;
using Viva.Data.Reviews;

namespace Viva.Data;

/// <summary>
/// The user data store: each user's study data, and the accounts of multi-user mode (Identity's tables,
/// invitations, and the data-protection keys every web node shares). One model for both providers; <see cref="SqliteVivaDb"/> and
/// <see cref="PostgresVivaDb"/> exist only so each provider keeps its own migrations.
/// </summary>
public abstract class VivaDb(DbContextOptions options) : IdentityDbContext<VivaUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>The owner of the data in local single-user mode (the CLI and <c>viva serve</c> without accounts).</summary>
    public const string LocalUserId = "local";

    /// <summary>The shadow column every per-user table carries; the records themselves do not know their owner.</summary>
    public const string OwnerColumn = "UserId";

    /// <summary>
    /// Whose data this context reads and writes. Every per-user table has a query filter on it and every
    /// new row is stamped with it when added, so a query cannot reach another user's rows by forgetting a
    /// <c>Where</c>: ownership is checked by construction, not at each call site.
    /// </summary>
    public string UserId { get; set; } = LocalUserId;

    public DbSet<ReviewRecord> Reviews => Set<ReviewRecord>();
    public DbSet<CardRecord> Cards => Set<CardRecord>();
    public DbSet<QuizAnswerRecord> QuizAnswers => Set<QuizAnswerRecord>();
    public DbSet<ExerciseAttemptRecord> ExerciseAttempts => Set<ExerciseAttemptRecord>();
    public DbSet<QuizRecord> Quizzes => Set<QuizRecord>();
    public DbSet<SettingRecord> Settings => Set<SettingRecord>();
    public DbSet<WrittenAnswerRecord> WrittenAnswers => Set<WrittenAnswerRecord>();
    public DbSet<InvitationRecord> Invitations => Set<InvitationRecord>();
    public DbSet<ApiTokenRecord> ApiTokens => Set<ApiTokenRecord>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<KitRecord> Kits => Set<KitRecord>();
    public DbSet<InterviewRecord> Interviews => Set<InterviewRecord>();
    public DbSet<ScorecardRecord> Scorecards => Set<ScorecardRecord>();
    public DbSet<ScoreEntryRecord> ScoreEntries => Set<ScoreEntryRecord>();
    public DbSet<RateCounterRecord> RateCounters => Set<RateCounterRecord>();
    public DbSet<RunRecord> Runs => Set<RunRecord>();
    public DbSet<AssessmentRecord> Assessments => Set<AssessmentRecord>();
    public DbSet<AssessmentInvitationRecord> AssessmentInvitations => Set<AssessmentInvitationRecord>();
    public DbSet<AttemptRecord> Attempts => Set<AttemptRecord>();
    public DbSet<AttemptAnswerRecord> AttemptAnswers => Set<AttemptAnswerRecord>();
    public DbSet<AttemptRunRecord> AttemptRuns => Set<AttemptRunRecord>();
    public DbSet<SimilarityDecisionRecord> SimilarityDecisions => Set<SimilarityDecisionRecord>();
    public DbSet<CohortRecord> Cohorts => Set<CohortRecord>();
    public DbSet<CohortMemberRecord> CohortMembers => Set<CohortMemberRecord>();
    public DbSet<CohortAssignmentRecord> CohortAssignments => Set<CohortAssignmentRecord>();
    public DbSet<CohortGradeRecord> CohortGrades => Set<CohortGradeRecord>();

    /// <summary>
    /// Makes other writers of this card's projection wait until the current transaction ends. SQLite
    /// needs nothing: its write transactions are IMMEDIATE (Microsoft.Data.Sqlite's default), so writers
    /// already take turns.
    /// </summary>
    public virtual Task LockCardAsync(string questionId, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Makes every writer of card projections wait until the current transaction ends (a rebuild).</summary>
    public virtual Task LockAllCardsAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Makes other counters of this attempt's test runs wait until the current transaction ends (SQLite's write lock already does).</summary>
    public virtual Task LockAttemptAsync(string attemptId, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Gives a per-user table its owner column, first in its key and indexes, and the filter on it.</summary>
    private void Owned<T>(ModelBuilder modelBuilder) where T : class
    {
        var entity = modelBuilder.Entity<T>();
        // Filled in when a row is added (before it is tracked: the owner is part of some keys).
        entity.Property<string>(OwnerColumn).HasMaxLength(64).IsRequired().ValueGeneratedOnAdd().HasValueGenerator<OwnerOfNewRows>();
        entity.HasQueryFilter(e => EF.Property<string>(e, OwnerColumn) == UserId);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        OnAccountsCreating(builder);
        OnInterviewsCreating(builder);
        OnAssessmentsCreating(builder);
        OnCohortsCreating(builder);
        Owned<ReviewRecord>(builder);
        Owned<CardRecord>(builder);
        Owned<QuizAnswerRecord>(builder);
        Owned<ExerciseAttemptRecord>(builder);
        Owned<QuizRecord>(builder);
        Owned<WrittenAnswerRecord>(builder);
        Owned<SettingRecord>(builder);
        builder.Entity<ReviewRecord>(e =>
        {
            e.ToTable("reviews");
            e.HasIndex(OwnerColumn, nameof(ReviewRecord.QuestionId), nameof(ReviewRecord.ReviewedAt));
            e.HasIndex(OwnerColumn, nameof(ReviewRecord.ReviewedAt));
            e.Property(r => r.QuestionId).HasMaxLength(200);
            e.Property(r => r.ContentHash).HasMaxLength(64);
            e.Property(r => r.Source).HasMaxLength(20);
        });
        builder.Entity<CardRecord>(e =>
        {
            e.ToTable("cards");
            e.HasKey(OwnerColumn, nameof(CardRecord.QuestionId));
            e.HasIndex(OwnerColumn, nameof(CardRecord.DueAt));
            e.Property(c => c.QuestionId).HasMaxLength(200);
            e.Property(c => c.ContentHash).HasMaxLength(64);
        });
        builder.Entity<QuizAnswerRecord>(e =>
        {
            e.ToTable("quiz_answers");
            e.HasIndex(OwnerColumn, nameof(QuizAnswerRecord.QuestionId), nameof(QuizAnswerRecord.ItemIndex));
            e.HasIndex(a => a.QuizId);
            e.Property(a => a.QuestionId).HasMaxLength(200);
            e.Property(a => a.ContentHash).HasMaxLength(64);
            e.Property(a => a.QuizId).HasMaxLength(64);
        });
        builder.Entity<ExerciseAttemptRecord>(e =>
        {
            e.ToTable("exercise_attempts");
            e.HasIndex(OwnerColumn, nameof(ExerciseAttemptRecord.QuestionId));
            e.Property(a => a.QuestionId).HasMaxLength(200);
            e.Property(a => a.ContentHash).HasMaxLength(64);
        });
        builder.Entity<QuizRecord>(e =>
        {
            e.ToTable("quizzes");
            e.HasIndex(OwnerColumn, nameof(QuizRecord.StartedAt));
            e.Property(q => q.Id).HasMaxLength(64);
            e.Property(q => q.Settings).HasMaxLength(500);
        });
        builder.Entity<WrittenAnswerRecord>(e =>
        {
            e.ToTable("written_answers");
            e.HasIndex(OwnerColumn, nameof(WrittenAnswerRecord.QuestionId), nameof(WrittenAnswerRecord.AnsweredAt));
            e.Property(a => a.QuestionId).HasMaxLength(200);
            e.Property(a => a.ContentHash).HasMaxLength(64);
            e.Property(a => a.MatcherTicks).HasMaxLength(100);
            e.Property(a => a.ConfirmedTicks).HasMaxLength(100);
            e.Property(a => a.Source).HasMaxLength(20);
        });
        builder.Entity<SettingRecord>(e =>
        {
            e.ToTable("settings");
            e.HasKey(OwnerColumn, nameof(SettingRecord.Name));
            e.Property(s => s.Name).HasMaxLength(100);
            e.Property(s => s.Value).HasMaxLength(1000);
        });
    }

    /// <summary>Identity's tables under the lower-case names the rest of the schema uses.</summary>
    private static void OnAccountsCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<VivaUser>(e =>
        {
            e.ToTable("users");
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.Property(u => u.Team).HasMaxLength(100);
        });
        // The four roles exist in every database, with fixed ids, so granting one never needs a set-up step.
        modelBuilder.Entity<IdentityRole>().ToTable("roles").HasData(Accounts.Roles.All.Select(r => new IdentityRole
        {
            Id = r.ToLowerInvariant(), Name = r, NormalizedName = r.ToUpperInvariant(), ConcurrencyStamp = r.ToLowerInvariant(),
        }));
        modelBuilder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        modelBuilder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        modelBuilder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        modelBuilder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        modelBuilder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        modelBuilder.Entity<InvitationRecord>(e =>
        {
            e.ToTable("invitations");
            e.HasIndex(i => i.TokenHash).IsUnique();
            e.Property(i => i.TokenHash).HasMaxLength(64);
            e.Property(i => i.Email).HasMaxLength(256);
            e.Property(i => i.Role).HasMaxLength(20);
            e.Property(i => i.CreatedBy).HasMaxLength(64);
            e.Property(i => i.Team).HasMaxLength(100);
        });
    }

    /// <summary>
    /// Kits, interviews and scorecards belong to a team, not to one user, so they carry no owner filter:
    /// the web layer scopes every query to the team (see Viva.Web's TeamScope).
    /// </summary>
    private static void OnInterviewsCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KitRecord>(e =>
        {
            e.ToTable("kits");
            e.HasIndex(k => new { k.Team, k.UpdatedAt });
            e.Property(k => k.Id).HasMaxLength(64);
            e.Property(k => k.Team).HasMaxLength(100);
            e.Property(k => k.OwnerId).HasMaxLength(64);
            e.Property(k => k.Name).HasMaxLength(200);
            e.Property(k => k.Level).HasMaxLength(20);
            e.Property(k => k.Areas).HasMaxLength(500);
        });
        modelBuilder.Entity<InterviewRecord>(e =>
        {
            e.ToTable("interviews");
            e.HasIndex(i => new { i.Team, i.CreatedAt });
            e.HasIndex(i => new { i.CandidateUserId, i.CreatedAt });
            e.Property(i => i.Id).HasMaxLength(64);
            e.Property(i => i.Team).HasMaxLength(100);
            e.Property(i => i.CandidateName).HasMaxLength(200);
            e.Property(i => i.CandidateUserId).HasMaxLength(64);
            e.Property(i => i.KitId).HasMaxLength(64);
            e.Property(i => i.KitName).HasMaxLength(200);
            e.Property(i => i.Level).HasMaxLength(20);
            e.Property(i => i.Panel).HasMaxLength(1000);
            e.Property(i => i.CreatedBy).HasMaxLength(64);
        });
        modelBuilder.Entity<ScorecardRecord>(e =>
        {
            e.ToTable("scorecards");
            e.HasKey(s => new { s.InterviewId, s.InterviewerId });
            e.Property(s => s.InterviewId).HasMaxLength(64);
            e.Property(s => s.InterviewerId).HasMaxLength(64);
        });
        modelBuilder.Entity<ScoreEntryRecord>(e =>
        {
            e.ToTable("score_entries");
            e.HasKey(s => new { s.InterviewId, s.InterviewerId, s.QuestionId });
            e.Property(s => s.InterviewId).HasMaxLength(64);
            e.Property(s => s.InterviewerId).HasMaxLength(64);
            e.Property(s => s.QuestionId).HasMaxLength(200);
            e.Property(s => s.Ticks).HasMaxLength(100);
            e.Property(s => s.Note).HasMaxLength(4000);
            e.Property(s => s.Answer).HasMaxLength(20000);
        });
        modelBuilder.Entity<ApiTokenRecord>(e =>
        {
            e.ToTable("api_tokens");
            e.HasOne<VivaUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
            // Each request with a token looks it up by prefix; the owner's list by owner.
            e.HasIndex(t => t.Prefix);
            e.HasIndex(t => t.UserId);
            e.Property(t => t.UserId).HasMaxLength(64);
            e.Property(t => t.Name).HasMaxLength(Accounts.ApiTokens.MaxNameLength);
            e.Property(t => t.Prefix).HasMaxLength(20);
            e.Property(t => t.SecretHash).HasMaxLength(64);
            e.Property(t => t.Scopes).HasMaxLength(50);
        });
        modelBuilder.Entity<RunRecord>(e =>
        {
            // Shared by every node and worker (see Dispatch.RunStore): not an owned table.
            e.ToTable("runs");
            e.HasKey(r => r.Id);
            e.Property(r => r.Kind).HasMaxLength(16);
            e.Property(r => r.Owner).HasMaxLength(64);
            e.Property(r => r.Python).HasMaxLength(16);
            e.Property(r => r.Status).HasMaxLength(16);
            e.Property(r => r.FinishedBy).HasMaxLength(128);
            e.HasIndex(r => r.CreatedAt);
        });
        modelBuilder.Entity<RateCounterRecord>(e =>
        {
            // Shared by every user and node (see Limits.RateCounters): not an owned table.
            e.ToTable("rate_counters");
            e.HasKey(c => new { c.Key, c.WindowStart });
            e.HasIndex(c => c.WindowStart);
            e.Property(c => c.Key).HasMaxLength(200);
        });
    }

    /// <summary>
    /// Assessments belong to a team and attempts to their candidate, who are different people: no owner
    /// filter here either; the web layer scopes every query (Viva.Web's AssessmentAccess).
    /// </summary>
    private static void OnAssessmentsCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AssessmentRecord>(e =>
        {
            e.ToTable("assessments");
            e.HasIndex(a => new { a.Team, a.CreatedAt });
            e.Property(a => a.Id).HasMaxLength(64);
            e.Property(a => a.Team).HasMaxLength(100);
            e.Property(a => a.CreatedBy).HasMaxLength(64);
            e.Property(a => a.Title).HasMaxLength(200);
            e.Property(a => a.Items).HasMaxLength(20000);
            e.Property(a => a.AiUse).HasMaxLength(20);
            e.Property(a => a.SigningKey).HasMaxLength(100);
        });
        modelBuilder.Entity<AssessmentInvitationRecord>(e =>
        {
            e.ToTable("assessment_invitations");
            e.HasIndex(i => new { i.AssessmentId, i.CreatedAt });
            e.Property(i => i.Id).HasMaxLength(64);
            e.Property(i => i.AssessmentId).HasMaxLength(64);
            e.Property(i => i.CandidateName).HasMaxLength(200);
            e.Property(i => i.CandidateEmail).HasMaxLength(256);
            e.Property(i => i.CreatedBy).HasMaxLength(64);
            e.Property(i => i.AttemptId).HasMaxLength(64);
        });
        modelBuilder.Entity<AttemptRecord>(e =>
        {
            e.ToTable("attempts");
            e.HasIndex(a => new { a.AssessmentId, a.CreatedAt });
            e.HasIndex(a => new { a.CandidateUserId, a.CreatedAt });
            e.HasIndex(a => a.InvitationId).IsUnique();
            e.Property(a => a.Id).HasMaxLength(64);
            e.Property(a => a.AssessmentId).HasMaxLength(64);
            e.Property(a => a.InvitationId).HasMaxLength(64);
            e.Property(a => a.CandidateUserId).HasMaxLength(64);
            e.Property(a => a.CandidateName).HasMaxLength(200);
            e.Property(a => a.AiDeclaration).HasMaxLength(4000);
            e.Property(a => a.SubmittedBy).HasMaxLength(20);
            e.Property(a => a.InterviewId).HasMaxLength(64);
        });
        modelBuilder.Entity<AttemptAnswerRecord>(e =>
        {
            e.ToTable("attempt_answers");
            e.HasKey(a => new { a.AttemptId, a.ItemKey });
            e.Property(a => a.AttemptId).HasMaxLength(64);
            e.Property(a => a.ItemKey).HasMaxLength(250);
            e.Property(a => a.Text).HasMaxLength(100_000);
        });
        modelBuilder.Entity<AttemptRunRecord>(e =>
        {
            e.ToTable("attempt_runs");
            e.HasIndex(r => new { r.AttemptId, r.QuestionId, r.RanAt });
            e.Property(r => r.AttemptId).HasMaxLength(64);
            e.Property(r => r.QuestionId).HasMaxLength(200);
            e.Property(r => r.Code).HasMaxLength(100_000);
            e.Property(r => r.Outcomes).HasMaxLength(20000);
        });
        modelBuilder.Entity<SimilarityDecisionRecord>(e =>
        {
            e.ToTable("similarity_decisions");
            e.HasIndex(d => new { d.AssessmentId, d.QuestionId, d.AttemptA, d.AttemptB, d.DecidedAt });
            e.Property(d => d.AssessmentId).HasMaxLength(64);
            e.Property(d => d.QuestionId).HasMaxLength(200);
            e.Property(d => d.AttemptA).HasMaxLength(64);
            e.Property(d => d.AttemptB).HasMaxLength(64);
            e.Property(d => d.Decision).HasMaxLength(20);
            e.Property(d => d.Note).HasMaxLength(2000);
            e.Property(d => d.DecidedBy).HasMaxLength(64);
        });
    }

    /// <summary>
    /// Cohorts belong to a team and hold other people's ids (members, graders), so no owner filter: the web
    /// layer scopes every query to the trainer's team (Viva.Web's CohortAccess).
    /// </summary>
    private static void OnCohortsCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CohortRecord>(e =>
        {
            e.ToTable("cohorts");
            e.HasIndex(c => new { c.Team, c.CreatedAt });
            e.Property(c => c.Id).HasMaxLength(64);
            e.Property(c => c.Team).HasMaxLength(100);
            e.Property(c => c.Name).HasMaxLength(200);
            e.Property(c => c.CreatedBy).HasMaxLength(64);
        });
        modelBuilder.Entity<CohortMemberRecord>(e =>
        {
            e.ToTable("cohort_members");
            e.HasKey(m => new { m.CohortId, m.UserId });
            e.HasOne<CohortRecord>().WithMany().HasForeignKey(m => m.CohortId).OnDelete(DeleteBehavior.Cascade);
            e.Property(m => m.CohortId).HasMaxLength(64);
            e.Property(m => m.UserId).HasMaxLength(64);
        });
        modelBuilder.Entity<CohortAssignmentRecord>(e =>
        {
            e.ToTable("cohort_assignments");
            e.HasIndex(a => new { a.CohortId, a.DueAt });
            e.HasOne<CohortRecord>().WithMany().HasForeignKey(a => a.CohortId).OnDelete(DeleteBehavior.Cascade);
            e.Property(a => a.CohortId).HasMaxLength(64);
            e.Property(a => a.Kind).HasMaxLength(20);
            e.Property(a => a.Target).HasMaxLength(200);
            e.Property(a => a.CreatedBy).HasMaxLength(64);
        });
        modelBuilder.Entity<CohortGradeRecord>(e =>
        {
            e.ToTable("cohort_grades");
            e.HasKey(g => new { g.CohortId, g.AnswerId, g.GraderId });
            e.HasOne<CohortRecord>().WithMany().HasForeignKey(g => g.CohortId).OnDelete(DeleteBehavior.Cascade);
            e.Property(g => g.CohortId).HasMaxLength(64);
            e.Property(g => g.GraderId).HasMaxLength(64);
            e.Property(g => g.Ticks).HasMaxLength(100);
            e.Property(g => g.Note).HasMaxLength(4000);
        });
    }

    /// <summary>The context's <see cref="UserId"/>, for each row added without an owner.</summary>
    private sealed class OwnerOfNewRows : Microsoft.EntityFrameworkCore.ValueGeneration.ValueGenerator<string>
    {
        public override bool GeneratesTemporaryValues => false;

        public override string Next(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) => ((VivaDb)entry.Context).UserId;
    }
}
