using Microsoft.EntityFrameworkCore;
using Viva.Data.Assessments;

namespace Viva.Web.Tests.Infrastructure;

/// <summary>An assessment written straight into the database, and its submitted attempts' ids in the order given (which is also their ordinal order).</summary>
internal sealed record SeededAssessment(string Id, IReadOnlyList<string> AttemptIds);

/// <summary>
/// An assessment of one exercise whose candidates have all submitted, seeded row by row: an invitation used, an
/// attempt started and submitted, and the final code as the exercise's saved answer. Taking an assessment in the
/// browser has its own tests; the similarity views only need what a submission leaves behind.
/// </summary>
internal static class SeededAssessments
{
    public static async Task<SeededAssessment> SeedAsync(VivaAppFixture app, string id, string team, string createdBy, string questionId,
        IReadOnlyList<(string Name, string Code)> submissions)
    {
        var now = app.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = app.OpenDatabase();
        if (await db.Assessments.AnyAsync(a => a.Id == id))
            return new SeededAssessment(id, submissions.Select((_, i) => AttemptId(id, i)).ToList());
        db.Assessments.Add(new AssessmentRecord
        {
            Id = id, Team = team, CreatedBy = createdBy, Title = "Backend screen " + id, Items = "exercise:" + questionId, Minutes = 45,
            RunsPerExercise = 3, AiUse = "forbidden", SigningKey = Convert.ToBase64String(new byte[32]), CreatedAt = now,
        });
        for (var i = 0; i < submissions.Count; i++)
        {
            var (name, code) = submissions[i];
            var (invitation, attempt) = ($"{id}-inv-{i + 1}", AttemptId(id, i));
            db.AssessmentInvitations.Add(new AssessmentInvitationRecord
            {
                Id = invitation, AssessmentId = id, CandidateName = name, CandidateEmail = $"candidate-{i + 1}-{id}@example.com", CreatedBy = createdBy,
                CreatedAt = now, ExpiresAt = now + 86_400_000, UsedAt = now, AttemptId = attempt,
            });
            db.Attempts.Add(new AttemptRecord
            {
                Id = attempt, AssessmentId = id, InvitationId = invitation, CandidateUserId = $"candidate-{i + 1}-{id}", CandidateName = name,
                CreatedAt = now, StartedAt = now, SubmittedAt = now + 1_800_000, SubmittedBy = "candidate",
            });
            db.AttemptAnswers.Add(new AttemptAnswerRecord { AttemptId = attempt, ItemKey = "exercise:" + questionId, Text = code, Revision = 1, SavedAt = now + 1_700_000 });
        }
        await db.SaveChangesAsync();
        return new SeededAssessment(id, submissions.Select((_, i) => AttemptId(id, i)).ToList());
    }

    /// <summary>Numbered from 1 with a letter before the number, so that ordinal order is the order given for up to 9 attempts.</summary>
    private static string AttemptId(string assessmentId, int index) => $"{assessmentId}-a{index + 1}";
}
