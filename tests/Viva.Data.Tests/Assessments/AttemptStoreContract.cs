using Microsoft.EntityFrameworkCore;
using Viva.Data.Assessments;
using Viva.Tests.Shared;

namespace Viva.Data.Tests.Assessments;

/// <summary>The attempt's writes that must hold when requests race: a link opens one attempt, an older edit never overwrites a newer, nothing is saved after submission.</summary>
public abstract class AttemptStoreContract(ITestDatabases databases) : DatabaseContract(databases)
{
    private static readonly DateTimeOffset Nine = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    private async Task<AssessmentInvitationRecord> InviteAsync()
    {
        var id = Guid.NewGuid().ToString("N");
        Db.Assessments.Add(new AssessmentRecord
        {
            Id = id, Team = "t", CreatedBy = "ivy", Title = "Screen", Items = "written:gil", Minutes = 20, AiUse = "allowed", SigningKey = "k", CreatedAt = 1,
        });
        var invitation = new AssessmentInvitationRecord
        {
            Id = id + "-i", AssessmentId = id, CandidateName = "Casey", CandidateEmail = "casey@example.com", CreatedBy = "ivy", CreatedAt = 1,
            ExpiresAt = Nine.AddDays(1).ToUnixTimeMilliseconds(),
        };
        Db.AssessmentInvitations.Add(invitation);
        await Db.SaveChangesAsync();
        return invitation;
    }

    private static AttemptRecord AttemptOf(AssessmentInvitationRecord invitation, string user) => new()
    {
        Id = Guid.NewGuid().ToString("N"), AssessmentId = invitation.AssessmentId, InvitationId = invitation.Id, CandidateUserId = user, CandidateName = "Casey", CreatedAt = 1,
    };

    [Fact]
    public async Task Four_people_opening_one_link_at_once_open_one_attempt()
    {
        var invitation = await InviteAsync();
        var nodes = new List<VivaDb>();
        for (var n = 0; n < 4; n++)
            nodes.Add(Open());
        try
        {
            var opened = await Task.WhenAll(nodes.Select((db, n) => Task.Run(() => AttemptStore.OpenAsync(db, invitation, AttemptOf(invitation, "user" + n), Nine, CancellationToken.None))));
            Assert.Equal(1, opened.Count(o => o));
            Assert.Equal(1, await Db.Attempts.CountAsync(a => a.InvitationId == invitation.Id));
            var used = await Db.AssessmentInvitations.AsNoTracking().SingleAsync(i => i.Id == invitation.Id);
            Assert.Equal(Nine.ToUnixTimeMilliseconds(), used.UsedAt);
            Assert.Equal((await Db.Attempts.SingleAsync(a => a.InvitationId == invitation.Id)).Id, used.AttemptId);
        }
        finally
        {
            foreach (var db in nodes)
                await db.DisposeAsync();
        }
    }

    [Fact]
    public async Task Four_run_requests_at_once_take_no_more_runs_than_allowed_and_a_returned_run_does_not_count()
    {
        var invitation = await InviteAsync();
        var attempt = AttemptOf(invitation, "casey");
        Assert.True(await AttemptStore.OpenAsync(Db, invitation, attempt, Nine, CancellationToken.None));
        var nodes = new List<VivaDb>();
        for (var n = 0; n < 4; n++)
            nodes.Add(Open());
        try
        {
            var taken = await Task.WhenAll(nodes.Select(db => Task.Run(() => AttemptStore.TakeRunAsync(db, attempt.Id, "lru", "code", 2, Nine, CancellationToken.None))));
            Assert.Equal(2, taken.Count(r => r is not null));
            Assert.Equal(2, await Db.AttemptRuns.CountAsync(r => r.AttemptId == attempt.Id));
            await AttemptStore.ReturnRunAsync(Db, taken.First(r => r is not null)!, CancellationToken.None);
            Assert.NotNull(await AttemptStore.TakeRunAsync(Db, attempt.Id, "lru", "code", 2, Nine, CancellationToken.None));
            Assert.Null(await AttemptStore.TakeRunAsync(Db, attempt.Id, "lru", "code", 2, Nine, CancellationToken.None));
            // Another exercise of the attempt has runs of its own.
            Assert.NotNull(await AttemptStore.TakeRunAsync(Db, attempt.Id, "heap", "code", 2, Nine, CancellationToken.None));
        }
        finally
        {
            foreach (var db in nodes)
                await db.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_expired_link_opens_nothing()
    {
        var invitation = await InviteAsync();
        Assert.False(await AttemptStore.OpenAsync(Db, invitation, AttemptOf(invitation, "casey"), Nine.AddDays(2), CancellationToken.None));
        Assert.False(await Db.Attempts.AnyAsync(a => a.InvitationId == invitation.Id));
    }

    [Fact]
    public async Task Answers_are_saved_only_while_started_and_not_submitted_and_never_older_over_newer()
    {
        var invitation = await InviteAsync();
        var attempt = AttemptOf(invitation, "casey");
        Assert.True(await AttemptStore.OpenAsync(Db, invitation, attempt, Nine, CancellationToken.None));
        Assert.False(await AttemptStore.SaveAnswerAsync(Db, attempt.Id, "written:gil", "before the start", 1, Nine, CancellationToken.None));

        Assert.True(await AttemptStore.StartAsync(Db, attempt, discloseExtraTime: false, Nine, CancellationToken.None));
        Assert.False(await AttemptStore.StartAsync(Db, attempt, discloseExtraTime: true, Nine.AddMinutes(1), CancellationToken.None));
        Assert.True(await AttemptStore.SaveAnswerAsync(Db, attempt.Id, "written:gil", "second edit", 20, Nine, CancellationToken.None));
        // The first edit's save arrives late: it is stale, and the stored answer stays the second.
        Assert.False(await AttemptStore.SaveAnswerAsync(Db, attempt.Id, "written:gil", "first edit", 10, Nine, CancellationToken.None));
        Assert.True(await AttemptStore.SaveAnswerAsync(Db, attempt.Id, "written:gil", "third edit", 30, Nine, CancellationToken.None));
        Assert.Equal("third edit", (await Db.AttemptAnswers.AsNoTracking().SingleAsync(a => a.AttemptId == attempt.Id)).Text);

        Assert.True(await AttemptStore.SubmitAsync(Db, attempt.Id, "candidate", Nine.AddMinutes(5), CancellationToken.None));
        Assert.False(await AttemptStore.SubmitAsync(Db, attempt.Id, "time", Nine.AddMinutes(20), CancellationToken.None));
        Assert.False(await AttemptStore.SaveAnswerAsync(Db, attempt.Id, "written:gil", "after submitting", 40, Nine, CancellationToken.None));
        var stored = await Db.Attempts.AsNoTracking().SingleAsync(a => a.Id == attempt.Id);
        Assert.Equal(("candidate", Nine.AddMinutes(5).ToUnixTimeMilliseconds()), (stored.SubmittedBy, stored.SubmittedAt));
        Assert.Equal("third edit", (await Db.AttemptAnswers.AsNoTracking().SingleAsync(a => a.AttemptId == attempt.Id)).Text);
    }
}

public sealed class SqliteAttemptStoreTests() : AttemptStoreContract(new SqliteTestDatabases());

public sealed class PostgresAttemptStoreTests(PostgresServer server) : AttemptStoreContract(new PostgresTestDatabases(server)), IClassFixture<PostgresServer>;
