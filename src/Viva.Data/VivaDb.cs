using Microsoft.EntityFrameworkCore;
using Viva.Data.Attempts;
using Viva.Data.Learners;
using Viva.Data.Reviews;

namespace Viva.Data;

/// <summary>
/// The user data store. One model for both providers; <see cref="SqliteVivaDb"/> and
/// <see cref="PostgresVivaDb"/> exist only so each provider keeps its own migrations.
/// </summary>
public abstract class VivaDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<ReviewRecord> Reviews => Set<ReviewRecord>();
    public DbSet<CardRecord> Cards => Set<CardRecord>();
    public DbSet<QuizAnswerRecord> QuizAnswers => Set<QuizAnswerRecord>();
    public DbSet<ExerciseAttemptRecord> ExerciseAttempts => Set<ExerciseAttemptRecord>();
    public DbSet<QuizRecord> Quizzes => Set<QuizRecord>();
    public DbSet<SettingRecord> Settings => Set<SettingRecord>();
    public DbSet<WrittenAnswerRecord> WrittenAnswers => Set<WrittenAnswerRecord>();

    /// <summary>
    /// Makes other writers of this card's projection wait until the current transaction ends. SQLite
    /// needs nothing: its write transactions are IMMEDIATE (Microsoft.Data.Sqlite's default), so writers
    /// already take turns.
    /// </summary>
    public virtual Task LockCardAsync(string questionId, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Makes every writer of card projections wait until the current transaction ends (a rebuild).</summary>
    public virtual Task LockAllCardsAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReviewRecord>(e =>
        {
            e.ToTable("reviews");
            e.HasIndex(r => new { r.QuestionId, r.ReviewedAt });
            e.HasIndex(r => r.ReviewedAt);
            e.Property(r => r.QuestionId).HasMaxLength(200);
            e.Property(r => r.ContentHash).HasMaxLength(64);
            e.Property(r => r.Source).HasMaxLength(20);
        });
        modelBuilder.Entity<CardRecord>(e =>
        {
            e.ToTable("cards");
            e.HasKey(c => c.QuestionId);
            e.HasIndex(c => c.DueAt);
            e.Property(c => c.QuestionId).HasMaxLength(200);
            e.Property(c => c.ContentHash).HasMaxLength(64);
        });
        modelBuilder.Entity<QuizAnswerRecord>(e =>
        {
            e.ToTable("quiz_answers");
            e.HasIndex(a => new { a.QuestionId, a.ItemIndex });
            e.HasIndex(a => a.QuizId);
            e.Property(a => a.QuestionId).HasMaxLength(200);
            e.Property(a => a.ContentHash).HasMaxLength(64);
            e.Property(a => a.QuizId).HasMaxLength(64);
        });
        modelBuilder.Entity<ExerciseAttemptRecord>(e =>
        {
            e.ToTable("exercise_attempts");
            e.HasIndex(a => a.QuestionId);
            e.Property(a => a.QuestionId).HasMaxLength(200);
            e.Property(a => a.ContentHash).HasMaxLength(64);
        });
        modelBuilder.Entity<QuizRecord>(e =>
        {
            e.ToTable("quizzes");
            e.HasIndex(q => q.StartedAt);
            e.Property(q => q.Id).HasMaxLength(64);
            e.Property(q => q.Settings).HasMaxLength(500);
        });
        modelBuilder.Entity<WrittenAnswerRecord>(e =>
        {
            e.ToTable("written_answers");
            e.HasIndex(a => new { a.QuestionId, a.AnsweredAt });
            e.Property(a => a.QuestionId).HasMaxLength(200);
            e.Property(a => a.ContentHash).HasMaxLength(64);
            e.Property(a => a.MatcherTicks).HasMaxLength(100);
            e.Property(a => a.ConfirmedTicks).HasMaxLength(100);
            e.Property(a => a.Source).HasMaxLength(20);
        });
        modelBuilder.Entity<SettingRecord>(e =>
        {
            e.ToTable("settings");
            e.HasKey(s => s.Name);
            e.Property(s => s.Name).HasMaxLength(100);
            e.Property(s => s.Value).HasMaxLength(1000);
        });
    }
}
