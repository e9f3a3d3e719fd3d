using Viva.Core.Assessments;
using Viva.Core.Bank;
using Viva.Data;
using Viva.Data.Assessments;
using Viva.Web.Bank;
using Viva.Web.Interviews;

namespace Viva.Web.Assessments;

/// <summary>Who reaches which assessment and attempt: a team's interviewers their team's assessments, a candidate their own attempts.</summary>
internal static class AssessmentAccess
{
    /// <summary>The team's assessments, for a member who may run interviews; nothing for anyone else.</summary>
    public static IQueryable<AssessmentRecord> Visible(VivaDb db, Member member) =>
        member.Interviews ? db.Assessments.Where(a => a.Team == member.Team) : db.Assessments.Where(a => false);

    /// <summary>The candidate's own attempts; another person's attempt is not found.</summary>
    public static IQueryable<AttemptRecord> OwnAttempts(VivaDb db, Member member) => OwnAttempts(db, member.Id);

    public static IQueryable<AttemptRecord> OwnAttempts(VivaDb db, string userId) => db.Attempts.Where(a => a.CandidateUserId == userId);

    public static IReadOnlyList<AssessmentItem> Items(AssessmentRecord assessment) =>
        Lists.Lines(assessment.Items).Select(AssessmentItem.Parse).OfType<AssessmentItem>().ToList();

    public static AiUse AiUseOf(AssessmentRecord assessment) => AiUseText.Parse(assessment.AiUse) ?? AiUse.Forbidden;

    /// <summary>The bank's question of an item and, for a quiz item, the item itself; null when the bank no longer has it.</summary>
    public static (Question Question, QuizItem? Quiz)? Resolve(AssessmentItem item, BankCatalog bank)
    {
        if (bank.Find(item.QuestionId) is not { } question)
            return null;
        return item.Kind switch
        {
            AssessmentItemKind.Quiz => item.QuizIndex < question.Quiz.Count ? (question, question.Quiz[item.QuizIndex]) : null,
            AssessmentItemKind.Exercise => question.Exercise is null ? null : (question, null),
            _ => (question, null),
        };
    }

    public static DateTimeOffset? Deadline(AssessmentRecord assessment, AttemptRecord attempt) =>
        attempt.StartedAt is { } started ? AttemptClock.Deadline(DateTimeOffset.FromUnixTimeMilliseconds(started), assessment.Minutes, attempt.ExtraTimePercent) : null;
}
