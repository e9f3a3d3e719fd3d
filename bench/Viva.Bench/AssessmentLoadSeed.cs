using Microsoft.AspNetCore.Identity;
using Viva.Core.Assessments;
using Viva.Data;
using Viva.Data.Accounts;
using Viva.Data.Assessments;

namespace Viva.Bench;

/// <summary>
/// Writes the load test's starting point straight into the database: an interviewer's assessment, and per candidate
/// an account with an API token and an attempt opened through its own invitation (the same conditional writes the
/// invitation page makes). Only the load itself goes through HTTP.
/// </summary>
internal static class AssessmentLoadSeed
{
    private const string Team = "load";

    public static async Task<(string AssessmentId, IReadOnlyList<LoadSeat> Seats)> SeedAsync(string database, LoadScript script, int candidates, int minutes)
    {
        await using var db = VivaDatabase.Create(database);
        await VivaDatabase.MigrateAsync(db);
        var now = DateTimeOffset.UtcNow;
        var at = now.ToUnixTimeMilliseconds();
        var interviewer = NewUser("interviewer@load.example", Team, at);
        db.Users.Add(interviewer);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = interviewer.Id, RoleId = Roles.Interviewer.ToLowerInvariant() });
        var assessment = new AssessmentRecord
        {
            Id = NewId(), Team = Team, CreatedBy = interviewer.Id, Title = "Load: backend screen", Items = string.Join('\n', script.Items.Select(i => i.Key)),
            Minutes = minutes, RunsPerExercise = 3, AiUse = "forbidden", SigningKey = SignedLink.NewKey(), CreatedAt = at,
        };
        db.Assessments.Add(assessment);
        var users = Enumerable.Range(1, candidates).Select(n => NewUser($"candidate-{n}@load.example", null, at)).ToList();
        db.Users.AddRange(users);
        await db.SaveChangesAsync();

        var seats = new List<LoadSeat>();
        foreach (var (user, n) in users.Select((u, i) => (u, i + 1)))
        {
            var (_, secret) = await ApiTokens.CreateAsync(db, user.Id, "load", [ApiScopes.Read, ApiScopes.Write], ApiTokens.DefaultLifetime, now);
            var invitation = new AssessmentInvitationRecord
            {
                Id = NewId(), AssessmentId = assessment.Id, CandidateName = $"Candidate {n}", CandidateEmail = user.Email!,
                CreatedBy = interviewer.Id, CreatedAt = at, ExpiresAt = (now + TimeSpan.FromDays(1)).ToUnixTimeMilliseconds(),
            };
            db.AssessmentInvitations.Add(invitation);
            await db.SaveChangesAsync();
            var attempt = new AttemptRecord
            {
                Id = NewId(), AssessmentId = assessment.Id, InvitationId = invitation.Id, CandidateUserId = user.Id, CandidateName = invitation.CandidateName, CreatedAt = at,
            };
            if (!await AttemptStore.OpenAsync(db, invitation, attempt, now, CancellationToken.None))
                throw new InvalidOperationException("a fresh invitation did not open");
            seats.Add(new LoadSeat(n, attempt.Id, secret));
        }
        return (assessment.Id, seats);
    }

    /// <summary>Starts every attempt's clock: called just before the load begins, so the server's deadline matches the run.</summary>
    public static async Task StartAllAsync(string database, IReadOnlyList<LoadSeat> seats)
    {
        await using var db = VivaDatabase.Create(database);
        var now = DateTimeOffset.UtcNow;
        foreach (var seat in seats)
        {
            var attempt = await db.Attempts.FindAsync(seat.AttemptId) ?? throw new InvalidOperationException("a seeded attempt is missing");
            await AttemptStore.StartAsync(db, attempt, discloseExtraTime: false, now, CancellationToken.None);
        }
    }

    private static VivaUser NewUser(string email, string? team, long at) => new()
    {
        UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true, Team = team, CreatedAt = at,
    };

    private static string NewId() => Guid.NewGuid().ToString("N");
}
