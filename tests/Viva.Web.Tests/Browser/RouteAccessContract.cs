using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Viva.Core.Assessments;
using Viva.Data;
using Viva.Data.Accounts;
using Viva.Data.Assessments;
using Viva.Data.Cohorts;
using Viva.Web.Tests.Browser.Pages;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>
/// Every route that takes an id, enumerated from the running app: Alice makes a resource of each kind, Bob
/// asks for it by its id and gets a 404 (or, where the id names bank content everybody may read, only his
/// own state). A route missing from <see cref="Routes"/> fails the test, so a new one cannot be forgotten.
/// </summary>
public abstract class RouteAccessContract<TApp>(TApp app, BrowserFixture browser, ITestOutputHelper output) where TApp : VivaAppFixture
{
    private static readonly int[] FirstPoint = [1];
    private static readonly int[] NotFoundOrNoForm = [400, 404];

    /// <summary>Alice's ids, made through the app as she would make them.</summary>
    private sealed record AliceData(string QuizId, long AnswerId, string Preview, string KitId, string InterviewId, string AliceId, string MockId)
    {
        /// <summary>An assessment of Alice's team, and an attempt at it with Alice as the candidate (started, so it takes answers).</summary>
        public string AssessmentId { get; init; } = "";
        public string AttemptId { get; init; } = "";
        /// <summary>Another assessment of Alice's team, with two submitted attempts to compare.</summary>
        public SeededAssessment Similarity { get; init; } = new("", []);
        /// <summary>A cohort of Alice's team (Alice and Bob are made trainers too, so only the team stands between them).</summary>
        public string CohortId { get; init; } = "";
        /// <summary>A run of Alice's, stored as a worker stores a finished dispatched run.</summary>
        public Guid RunId { get; init; }
    }

    /// <summary>How each route with parameters is attacked, by its route template; the check runs as Bob.</summary>
    private static readonly Dictionary<string, Func<IPage, AliceData, Task>> Routes = new(StringComparer.Ordinal)
    {
        ["/quiz/{QuizId}"] = (bob, alice) => ExpectNotFoundAsync(bob, $"/quiz/{alice.QuizId}"),
        ["/quiz/{QuizId}/result"] = (bob, alice) => ExpectNotFoundAsync(bob, $"/quiz/{alice.QuizId}/result"),
        ["/api/answers/{id:long}"] = (bob, alice) => ExpectNotFoundAsync(bob, $"/api/answers/{alice.AnswerId}"),
        ["/api/run/{id}"] = (bob, alice) => ExpectNotFoundAsync(bob, $"/api/run/{alice.RunId}"),
        // Kits and interviews belong to Alice's team; Bob interviews for another.
        ["/kits/{Id}"] = (bob, alice) => ExpectNotFoundAsync(bob, $"/kits/{alice.KitId}"),
        ["/interviews/{Id}"] = async (bob, alice) =>
        {
            await ExpectNotFoundAsync(bob, $"/interviews/{alice.InterviewId}");
            await ExpectNotFoundAsync(bob, $"/interviews/{alice.MockId}");
        },
        ["/interviews/{Id}/questions/{N:int}"] = (bob, alice) => ExpectNotFoundAsync(bob, $"/interviews/{alice.InterviewId}/questions/1"),
        ["/mock/{Id}/{N:int}"] = (bob, alice) => ExpectNotFoundAsync(bob, $"/mock/{alice.MockId}/1"),
        // A mock interview is its candidate's alone, even under the interview routes.
        ["/interviews/{Id}/report"] = (bob, alice) => ExpectNotFoundAsync(bob, $"/interviews/{alice.InterviewId}/report"),
        ["/interviews/{id}/report.md"] = (bob, alice) => ExpectNotFoundAsync(bob, $"/interviews/{alice.InterviewId}/report.md"),
        ["/interviews/{id}/report.pdf"] = (bob, alice) => ExpectNotFoundAsync(bob, $"/interviews/{alice.InterviewId}/report.pdf"),
        ["/api/interviews/{id}/scorecards/{interviewerId}"] = (bob, alice) => ExpectNotFoundAsync(bob, $"/api/interviews/{alice.InterviewId}/scorecards/{alice.AliceId}"),
        ["/api/interviews/{id}/scorecard/{questionId}"] = async (bob, alice) =>
        {
            var token = await bob.Locator("meta[name=csrf-token]").GetAttributeAsync("content");
            var put = await bob.APIRequest.PutAsync($"/api/interviews/{alice.InterviewId}/scorecard/gil",
                new() { Headers = new Dictionary<string, string> { ["RequestVerificationToken"] = token! }, DataObject = new { ticks = Array.Empty<bool>(), score = 2 } });
            Assert.Equal(404, put.Status);
        },
        // An assessment is its team's; an attempt is its candidate's, even to an interviewer of another team.
        ["/assessments/{Id}"] = (bob, alice) => ExpectNotFoundAsync(bob, $"/assessments/{alice.AssessmentId}"),
        ["/assessments/{Id}/attempts/{AttemptId}"] = (bob, alice) => ExpectNotFoundAsync(bob, $"/assessments/{alice.AssessmentId}/attempts/{alice.AttemptId}"),
        ["/attempts/{Id}"] = (bob, alice) => ExpectNotFoundAsync(bob, $"/attempts/{alice.AttemptId}"),
        ["/api/attempts/{id}/answers"] = (bob, alice) => ExpectPostNotFoundAsync(bob, $"/api/attempts/{alice.AttemptId}/answers",
            new { answers = new[] { new { item = "written:gil", text = "Bob's words", revision = long.MaxValue } } }),
        ["/api/attempts/{id}/runs/{questionId}"] = (bob, alice) => ExpectPostNotFoundAsync(bob, $"/api/attempts/{alice.AttemptId}/runs/context-managers", null),
        ["/api/attempts/{id}/submit"] = (bob, alice) => ExpectPostNotFoundAsync(bob, $"/api/attempts/{alice.AttemptId}/submit", null),
        ["/assessments/{Id}/similarity"] = (bob, alice) => ExpectNotFoundAsync(bob, $"/assessments/{alice.Similarity.Id}/similarity"),
        ["/assessments/{Id}/similarity/{QuestionId}/{A}/{B}"] = async (bob, alice) =>
        {
            var pair = $"/assessments/{alice.Similarity.Id}/similarity/{SimilarSubmissions.QuestionId}/{alice.Similarity.AttemptIds[0]}/{alice.Similarity.AttemptIds[1]}";
            await ExpectNotFoundAsync(bob, pair);
            // A decision with Bob's own valid token finds no pair, so no form to submit (Blazor answers that with a 400);
            // Alice's log is checked after.
            var form = bob.APIRequest.CreateFormData();
            form.Set("_handler", "decide");
            form.Set("__RequestVerificationToken", (await bob.Locator("meta[name=csrf-token]").GetAttributeAsync("content"))!);
            form.Set("decision", "confirmed");
            Assert.Contains((await bob.APIRequest.PostAsync(pair, new() { Form = form })).Status, NotFoundOrNoForm);
        },
        // A cohort is its team's: another team's trainer reaches none of its pages.
        ["/cohorts/{Id}"] = (bob, alice) => ExpectNotFoundAsync(bob, $"/cohorts/{alice.CohortId}"),
        ["/cohorts/{Id}/grading"] = (bob, alice) => ExpectNotFoundAsync(bob, $"/cohorts/{alice.CohortId}/grading"),
        ["/cohorts/{id}/progress.csv"] = (bob, alice) => ExpectNotFoundAsync(bob, $"/cohorts/{alice.CohortId}/progress.csv"),
        // Bank content: the id is a question everybody may read; what must not leak is Alice's state on it.
        ["/questions/{Id}"] = async (bob, alice) =>
        {
            await bob.GotoAsync($"/questions/gil?confirmed={alice.AnswerId}");
            await Expect(bob.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await Expect(bob.GetByTestId("checklist-result")).ToHaveCountAsync(0);
        },
        // An exercise holds nothing of a person's but the attempts, which are stored per user like the rest.
        ["/exercises/{Id}"] = async (bob, _) => Assert.Equal(200, (await bob.APIRequest.GetAsync("/exercises/context-managers")).Status),
        // The API's description: the same for everybody signed in, and no user data in it.
        ["/openapi/{documentName}.json"] = async (bob, _) => Assert.Equal(200, (await bob.APIRequest.GetAsync("/openapi/v1.json")).Status),
        ["/api/quiz/items/{questionId}"] = async (bob, _) => Assert.Equal(200, (await bob.APIRequest.GetAsync("/api/quiz/items/gil")).Status),
        ["/api/reviews/preview/{questionId}"] = async (bob, alice) =>
        {
            var preview = await bob.APIRequest.GetAsync("/api/reviews/preview/gil");
            Assert.Equal(200, preview.Status);
            // Alice rated gil; Bob's preview is a new card's, not hers.
            Assert.NotEqual(alice.Preview, await preview.TextAsync());
        },
        ["/api/reviews/undo/{questionId}"] = async (bob, _) =>
        {
            var token = await bob.Locator("meta[name=csrf-token]").GetAttributeAsync("content");
            var undo = await bob.APIRequest.PostAsync("/api/reviews/undo/gil", new() { Headers = new Dictionary<string, string> { ["RequestVerificationToken"] = token! } });
            // 409 is the API's "no rating to take back": Bob has none, whatever Alice did (her review is checked after).
            Assert.Equal(409, undo.Status);
        },
    };

    private static async Task ExpectPostNotFoundAsync(IPage bob, string url, object? body)
    {
        var token = await bob.Locator("meta[name=csrf-token]").GetAttributeAsync("content");
        var post = await bob.APIRequest.PostAsync(url, new() { Headers = new Dictionary<string, string> { ["RequestVerificationToken"] = token! }, DataObject = body ?? new { } });
        Assert.True(post.Status == 404, $"{url}: Bob got {post.Status}");
    }

    private static async Task ExpectNotFoundAsync(IPage bob, string url)
    {
        var response = await bob.APIRequest.GetAsync(url);
        Assert.True(response.Status == 404, $"{url}: Bob got {response.Status}");
    }

    [Fact]
    public async Task Every_route_that_takes_an_id_refuses_another_persons_resource()
    {
        app.LogTo(output);
        var templates = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count > 0).Select(e => e.RoutePattern.RawText!).Distinct().Order(StringComparer.Ordinal).ToList();
        var forgotten = templates.Where(t => !Routes.ContainsKey(t)).ToList();
        Assert.True(forgotten.Count == 0, $"routes with ids that no access check covers: {string.Join(", ", forgotten)} (add each to Routes)");

        // Both interview (so the role gates let them in), for two different teams: only the team scoping stands between them.
        var aliceEmail = $"alice-{Guid.NewGuid():N}@example.com";
        var alice = await Members.NewSignedInAsync(app, browser, aliceEmail, Roles.Interviewer, "alpha-" + Guid.NewGuid().ToString("N")[..6]);
        var bobEmail = $"bob-{Guid.NewGuid():N}@example.com";
        var bob = await Members.NewSignedInAsync(app, browser, bobEmail, Roles.Interviewer, "beta-" + Guid.NewGuid().ToString("N")[..6]);
        await AlsoTrainersAsync(aliceEmail, bobEmail);
        await BrowserTest.RunAsync(alice, async () =>
        {
            var data = await MakeAliceDataAsync(alice, aliceEmail);
            // Control: Alice herself reaches each of her resources.
            Assert.Equal(200, (await alice.APIRequest.GetAsync($"/api/answers/{data.AnswerId}")).Status);
            Assert.Equal(200, (await alice.APIRequest.GetAsync($"/api/run/{data.RunId}")).Status);
            Assert.Equal(200, (await alice.APIRequest.GetAsync($"/quiz/{data.QuizId}/result")).Status);
            foreach (var own in new[] { $"/assessments/{data.AssessmentId}", $"/attempts/{data.AttemptId}", $"/assessments/{data.AssessmentId}/attempts/{data.AttemptId}", $"/mock/{data.MockId}/1", $"/interviews/{data.MockId}", $"/kits/{data.KitId}", $"/interviews/{data.InterviewId}/report", $"/interviews/{data.InterviewId}/report.md", $"/api/interviews/{data.InterviewId}/scorecards/{data.AliceId}",
                $"/cohorts/{data.CohortId}", $"/cohorts/{data.CohortId}/grading", $"/cohorts/{data.CohortId}/progress.csv", $"/assessments/{data.Similarity.Id}/similarity", $"/assessments/{data.Similarity.Id}/similarity/{SimilarSubmissions.QuestionId}/{data.Similarity.AttemptIds[0]}/{data.Similarity.AttemptIds[1]}" })
                Assert.True((await alice.APIRequest.GetAsync(own)).Status == 200, own);
            await bob.GotoAsync("/");
            foreach (var template in templates)
                await Routes[template](bob, data);
            // Bob's undo took nothing of Alice's.
            await using var db = app.OpenDatabase();
            db.UserId = data.AliceId;
            Assert.Equal(1, await db.Reviews.CountAsync(r => r.QuestionId == "gil"));
            // Bob's posts left Alice's attempt as it was: no answer, no run, not submitted.
            Assert.False(await db.AttemptAnswers.AnyAsync(a => a.AttemptId == data.AttemptId));
            Assert.False(await db.AttemptRuns.AnyAsync(r => r.AttemptId == data.AttemptId));
            Assert.Null((await db.Attempts.SingleAsync(a => a.Id == data.AttemptId)).SubmittedAt);
            // Bob's decision on the pair was not logged.
            Assert.False(await db.SimilarityDecisions.AnyAsync(d => d.AssessmentId == data.Similarity.Id));
        });
    }

    private async Task<AliceData> MakeAliceDataAsync(IPage alice, string aliceEmail)
    {
        var token = await alice.Locator("meta[name=csrf-token]").GetAttributeAsync("content");
        var headers = new Dictionary<string, string> { ["RequestVerificationToken"] = token! };
        var review = await alice.APIRequest.PostAsync("/api/reviews", new() { Headers = headers, DataObject = new { questionId = "gil", rating = 3, revealed = true } });
        Assert.Equal(200, review.Status);
        var answer = await alice.APIRequest.PostAsync("/api/answers", new() { Headers = headers, DataObject = new { questionId = "gil", answer = "The GIL protects reference counts.", ticked = FirstPoint } });
        Assert.Equal(201, answer.Status);
        var answerId = (await answer.JsonAsync())!.Value.GetProperty("id").GetInt64();

        var quiz = await new QuizPage(alice).OpenAsync();
        await quiz.StartAsync(2);
        var quizId = new Uri(alice.Url).AbsolutePath.Split('/')[2];
        await quiz.AnswerAllAndSubmitAsync();
        var preview = await (await alice.APIRequest.GetAsync("/api/reviews/preview/gil")).TextAsync();

        // A kit, an interview with Alice alone on the panel, and her submitted scorecard (so her report exists).
        var interviewUrl = await Interviewing.BuildKitAndStartAsync(alice, secondInterviewer: null);
        await Interviewing.ScoreAllAsync(alice, interviewUrl, score: 2, note: null);
        await alice.GetByTestId("submit-scorecard").ClickAsync();
        await Expect(alice.GetByTestId("submitted")).ToBeVisibleAsync();
        var kitId = await alice.Locator("a[href^='/kits/']").First.GetAttributeAsync("href");
        await alice.GotoAsync("/mock");
        await alice.GetByRole(AriaRole.Button, new() { Name = "Start the clock" }).ClickAsync();
        await Expect(alice.GetByTestId("clock")).ToBeVisibleAsync();
        var mockId = new Uri(alice.Url).AbsolutePath.Split('/')[2];
        await using var db = app.OpenDatabase();
        var user = await db.Users.SingleAsync(u => u.Email == aliceEmail);
        var (assessmentId, attemptId) = await SeedAssessmentAsync(db, user.Team!, user.Id);
        var cohortId = await SeedCohortAsync(db, user.Team!, user.Id);
        return new AliceData(quizId, answerId, preview, kitId!.Split('/')[^1], interviewUrl.Split('/')[^1], user.Id, mockId)
        {
            AssessmentId = assessmentId, AttemptId = attemptId, CohortId = cohortId, RunId = await SeedRunAsync(db, user.Id),
            Similarity = await SeededAssessments.SeedAsync(app, "sim-" + assessmentId, user.Team!, user.Id, SimilarSubmissions.QuestionId,
                [("Ada Quinn", SimilarSubmissions.Original), ("Ben Ortiz", SimilarSubmissions.DisguisedCopy)]),
        };
    }

    /// <summary>A finished run of <paramref name="owner"/>'s, as a `viva worker` stores it behind `--nats`.</summary>
    private static async Task<Guid> SeedRunAsync(VivaDb db, string owner)
    {
        var id = Guid.CreateVersion7();
        var result = new Viva.Sandbox.RunResult(Viva.Sandbox.RunStatus.Ok, 0, "mine\n", "", 5, 0, 10, 10, []);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var run = new Viva.Data.Dispatch.RunRecord
        {
            Id = id, Kind = "program", Owner = owner, Python = "3.11", Deadline = now + 60_000, CreatedAt = now,
            Status = Viva.Data.Dispatch.RunStates.Queued,
        };
        await Viva.Data.Dispatch.RunStore.CreateAsync(db, run, CancellationToken.None);
        var reply = System.Text.Encoding.UTF8.GetString(Viva.Web.Dispatch.DispatchWire.Serialize(new Viva.Web.Dispatch.RunReply(result, null)));
        Assert.True(await Viva.Data.Dispatch.RunStore.FinishAsync(db, run, Viva.Data.Dispatch.RunStates.Done, reply, "seed", DateTimeOffset.UtcNow, CancellationToken.None));
        return id;
    }

    /// <summary>Gives the people the Trainer role as well (the cohort pages read roles from the database on each request).</summary>
    private async Task AlsoTrainersAsync(params string[] emails)
    {
        await using var db = app.OpenDatabase();
        foreach (var id in await db.Users.Where(u => emails.Contains(u.Email!)).Select(u => u.Id).ToListAsync())
            db.UserRoles.Add(new() { UserId = id, RoleId = Roles.Trainer.ToLowerInvariant() });
        await db.SaveChangesAsync();
    }

    /// <summary>A cohort of the team's with Alice in it and the gil topic assigned.</summary>
    private async Task<string> SeedCohortAsync(VivaDb db, string team, string userId)
    {
        var now = app.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var id = Guid.NewGuid().ToString("N");
        db.Cohorts.Add(new CohortRecord { Id = id, Team = team, Name = "Alice's cohort", CreatedBy = userId, CreatedAt = now });
        db.CohortMembers.Add(new CohortMemberRecord { CohortId = id, UserId = userId, AddedAt = now });
        db.CohortAssignments.Add(new CohortAssignmentRecord { CohortId = id, Kind = CohortAssignmentRecord.TopicKind, Target = "gil", DueAt = now, CreatedBy = userId, CreatedAt = now });
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>An assessment of the team's with one exercise and one written question, and a started attempt by the candidate.</summary>
    private async Task<(string AssessmentId, string AttemptId)> SeedAssessmentAsync(VivaDb db, string team, string userId)
    {
        var now = app.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var id = Guid.NewGuid().ToString("N");
        db.Assessments.Add(new AssessmentRecord
        {
            Id = id, Team = team, CreatedBy = userId, Title = "Alice's screen", Items = "exercise:context-managers\nwritten:gil", Minutes = 30, RunsPerExercise = 3,
            AiUse = "forbidden", SigningKey = SignedLink.NewKey(), CreatedAt = now,
        });
        db.AssessmentInvitations.Add(new AssessmentInvitationRecord
        {
            Id = id + "-i", AssessmentId = id, CandidateName = "Alice", CandidateEmail = "alice@example.com", CreatedBy = userId, CreatedAt = now, ExpiresAt = now + 86_400_000,
            UsedAt = now, AttemptId = id + "-a",
        });
        db.Attempts.Add(new AttemptRecord { Id = id + "-a", AssessmentId = id, InvitationId = id + "-i", CandidateUserId = userId, CandidateName = "Alice", CreatedAt = now, StartedAt = now });
        await db.SaveChangesAsync();
        return (id, id + "-a");
    }
}

public sealed class SqliteRouteAccessTests(MultiUserAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : RouteAccessContract<MultiUserAppFixture>(app, browser, output), IClassFixture<MultiUserAppFixture>, IClassFixture<BrowserFixture>;

public sealed class PostgresRouteAccessTests(MultiUserPostgresAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : RouteAccessContract<MultiUserPostgresAppFixture>(app, browser, output), IClassFixture<MultiUserPostgresAppFixture>, IClassFixture<BrowserFixture>;
