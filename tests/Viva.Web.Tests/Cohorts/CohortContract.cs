using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Viva.Core.Assessments;
using Viva.Data;
using Viva.Data.Assessments;
using Viva.Data.Accounts;
using Viva.Web.Bank;
using Viva.Web.Cohorts;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Cohorts;

/// <summary>
/// Cohorts in a real browser on SQLite and PostgreSQL: a trainer makes a cohort of two learners, assigns the
/// gil topic and an overdue one, and sees each learner's mastery once one of them has reviewed gil; the CSV
/// has the same figures and neutralises a name that would run as a formula; grading hides names until a
/// grade is saved, in the grader's own order, and stores the grade. A candidate and a trainer of another team get 404.
/// </summary>
public abstract class CohortContract<TApp>(TApp app, BrowserFixture browser, ITestOutputHelper output) where TApp : VivaAppFixture
{
    private const string FormulaName = "=1+2 Ben";
    private static readonly int[] FirstPoint = [1];

    [Fact]
    public async Task A_trainer_follows_a_cohort_exports_its_progress_and_grades_its_answers_blind()
    {
        app.LogTo(output);
        var team = "coh-" + Guid.NewGuid().ToString("N")[..8];
        var (annEmail, benEmail) = ($"ann-{team}@example.com", $"ben-{team}@example.com");
        var trainer = await Members.NewSignedInAsync(app, browser, $"tia-{team}@example.com", Roles.Trainer, team);
        var ann = await Members.NewSignedInAsync(app, browser, annEmail, Roles.Candidate, team);
        var ben = await Members.NewSignedInAsync(app, browser, benEmail, Roles.Candidate, team);
        var assessmentId = Guid.NewGuid().ToString("N");
        await using (var db = app.OpenDatabase())
        {
            var benUser = await db.Users.SingleAsync(u => u.Email == benEmail);
            benUser.DisplayName = FormulaName;
            // An assessment of the team that Ann has submitted and Ben never opened.
            var annId = await db.Users.Where(u => u.Email == annEmail).Select(u => u.Id).SingleAsync();
            var now = app.Clock.GetUtcNow().ToUnixTimeMilliseconds();
            db.Assessments.Add(new AssessmentRecord
            {
                Id = assessmentId, Team = team, CreatedBy = annId, Title = "Screen", Items = "written:gil", Minutes = 30, RunsPerExercise = 3,
                AiUse = "forbidden", SigningKey = SignedLink.NewKey(), CreatedAt = now,
            });
            db.Attempts.Add(new AttemptRecord
            {
                Id = assessmentId + "-a", AssessmentId = assessmentId, InvitationId = assessmentId + "-i", CandidateUserId = annId, CandidateName = "Ann",
                CreatedAt = now, StartedAt = now, SubmittedAt = now, SubmittedBy = "candidate",
            });
            await db.SaveChangesAsync();
        }
        await BrowserTest.RunAsync(trainer, async () =>
        {
            // Ann learns gil (Easy: straight to review, so it counts) and both write answers to it.
            await PostAsync(ann, "/api/reviews", new { questionId = "gil", rating = 4, revealed = true }, 200);
            await PostAsync(ann, "/api/answers", new { questionId = "gil", answer = "The GIL protects reference counts.", ticked = FirstPoint }, 201);
            await PostAsync(ann, "/api/answers", new { questionId = "gil", answer = "Only one thread runs bytecode at a time.", ticked = FirstPoint }, 201);
            await PostAsync(ben, "/api/answers", new { questionId = "gil", answer = "Threads take turns holding one lock.", ticked = FirstPoint }, 201);
            await PostAsync(ben, "/api/answers", new { questionId = "gil", answer = "No idea, something about locks.", ticked = Array.Empty<int>() }, 201);

            await trainer.GotoAsync("/");
            await trainer.GetByRole(AriaRole.Link, new() { Name = "Cohorts" }).ClickAsync();
            await trainer.GetByLabel("Name").FillAsync("Spring");
            await trainer.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
            await Expect(trainer.GetByRole(AriaRole.Heading, new() { Name = "Spring" })).ToBeVisibleAsync();
            var cohortUrl = new Uri(trainer.Url).AbsolutePath;
            var cohortId = cohortUrl.Split('/')[^1];
            foreach (var email in new[] { annEmail, benEmail })
            {
                await trainer.GetByLabel("Add a learner by e-mail").FillAsync(email);
                await trainer.GetByRole(AriaRole.Button, new() { Name = "Add learner" }).ClickAsync();
                await Expect(trainer.GetByTestId("members")).ToContainTextAsync(email);
            }
            await trainer.GetByLabel("Add a learner by e-mail").FillAsync($"nobody-{team}@example.com");
            await trainer.GetByRole(AriaRole.Button, new() { Name = "Add learner" }).ClickAsync();
            await Expect(trainer.GetByTestId("cohort-error")).ToContainTextAsync($"No account in your team has the e-mail nobody-{team}@example.com");

            await AssignAsync(trainer, "topic:gil", app.Clock.GetUtcNow().AddDays(7));
            await AssignAsync(trainer, "topic:asyncio", app.Clock.GetUtcNow().AddDays(-2));
            await AssignAsync(trainer, $"assessment:{assessmentId}", app.Clock.GetUtcNow().AddDays(7));
            var progress = trainer.GetByTestId("progress");
            var annRow = progress.Locator($"tr[data-learner='{annEmail}']");
            var benRow = progress.Locator($"tr[data-learner='{benEmail}']");
            // Columns by due date: asyncio, due two days ago and studied by nobody, is overdue for both; gil is not yet due.
            await Expect(annRow.Locator("td").Nth(1)).ToHaveTextAsync("100%");
            await Expect(benRow.Locator("td").Nth(1)).ToHaveTextAsync("0%");
            await Expect(benRow.Locator("th")).ToHaveTextAsync(FormulaName);
            await Expect(annRow.Locator("td").Nth(0)).ToHaveAttributeAsync("data-overdue", "true");
            await Expect(annRow.Locator("td").Nth(0).Locator(".tag")).ToHaveTextAsync("overdue"); // the tag, not Razor source printed as text
            await Expect(annRow.Locator("td").Nth(0)).Not.ToContainTextAsync("@");
            await Expect(benRow.Locator("td").Nth(0)).ToHaveAttributeAsync("data-overdue", "true");
            await Expect(annRow.Locator("td").Nth(1)).ToHaveAttributeAsync("data-overdue", "false");
            await Expect(annRow.Locator("td").Nth(2)).ToHaveTextAsync(CohortProgress.Submitted);
            await Expect(benRow.Locator("td").Nth(2)).ToHaveTextAsync(CohortProgress.NotOpened);
            await BrowserTest.SnapAsync(trainer, "cohort-progress");

            // The CSV: the same figures, and the formula name made text.
            var csv = await trainer.APIRequest.GetAsync($"{cohortUrl}/progress.csv");
            Assert.Equal(200, csv.Status);
            Assert.StartsWith("text/csv", csv.Headers["content-type"], StringComparison.Ordinal);
            var lines = (await csv.TextAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, lines.Length);
            Assert.StartsWith("Learner,E-mail,asyncio fundamentals (due ", lines[0], StringComparison.Ordinal);
            Assert.Contains(",The GIL and free-threading (due ", lines[0], StringComparison.Ordinal);
            Assert.EndsWith(",Screen (due " + app.Clock.GetUtcNow().AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")", lines[0], StringComparison.Ordinal);
            Assert.Contains($"{annEmail},{annEmail},0% (overdue),100%,submitted", lines, StringComparer.Ordinal);
            Assert.Contains($"'{FormulaName},{benEmail},0% (overdue),0%,not opened", lines, StringComparer.Ordinal);

            await ExpectGradingAsync(trainer, cohortId, $"tia-{team}@example.com", annEmail);

            // A second trainer of the team grades in an order of their own.
            var tom = await Members.NewSignedInAsync(app, browser, $"tom-{team}@example.com", Roles.Trainer, team);
            await tom.GotoAsync($"{cohortUrl}/grading");
            var tomOrder = await OrderAsync(cohortId, $"tom-{team}@example.com");
            await Expect(tom.GetByTestId("grading-answer")).ToHaveAttributeAsync("data-answer-id", tomOrder[0].ToString(CultureInfo.InvariantCulture));

            // Not found for a candidate of the team and a trainer of another team, on every cohort page.
            var stranger = await Members.NewSignedInAsync(app, browser, $"sam-{team}@example.com", Roles.Trainer, "other-" + team);
            await ann.GotoAsync("/");
            await Expect(ann.GetByRole(AriaRole.Link, new() { Name = "Cohorts" })).ToHaveCountAsync(0);
            foreach (var url in new[] { "/cohorts", cohortUrl, $"{cohortUrl}/grading", $"{cohortUrl}/progress.csv" })
                Assert.True((await ann.APIRequest.GetAsync(url)).Status == 404, $"{url}: the candidate got in");
            foreach (var url in new[] { cohortUrl, $"{cohortUrl}/grading", $"{cohortUrl}/progress.csv" })
                Assert.True((await stranger.APIRequest.GetAsync(url)).Status == 404, $"{url}: another team's trainer got in");
            await stranger.GotoAsync("/cohorts");
            await Expect(stranger.GetByTestId("no-cohorts")).ToBeVisibleAsync();

            // Removing a learner takes their row away.
            await trainer.GotoAsync(cohortUrl);
            await trainer.GetByRole(AriaRole.Button, new() { Name = $"Remove {FormulaName}" }).ClickAsync();
            await Expect(benRow).ToHaveCountAsync(0);
            await Expect(annRow).ToHaveCountAsync(1);
        });
    }

    [Fact]
    public void The_grading_order_is_fixed_by_the_seed_and_differs_between_seeds()
    {
        var bank = app.Services.GetRequiredService<BankCatalog>();
        var answers = Enumerable.Range(1, 6).Select(i => new GradableAnswer(i, "learner", bank.Find("gil")!, "text", 0)).ToList();
        var one = CohortGrading.Order(answers, CohortGrading.Seed("cohort", "grader-1")).Select(a => a.Id).ToList();
        Assert.Equal(one, CohortGrading.Order(answers.AsEnumerable().Reverse(), CohortGrading.Seed("cohort", "grader-1")).Select(a => a.Id));
        Assert.NotEqual(one, CohortGrading.Order(answers, CohortGrading.Seed("cohort", "grader-2")).Select(a => a.Id));
        Assert.NotEqual(one, CohortGrading.Order(answers, CohortGrading.Seed("another cohort", "grader-1")).Select(a => a.Id));
    }

    /// <summary>Anonymous grading: no name until the grade is saved, answers in the grader's order, the grade stored.</summary>
    private async Task ExpectGradingAsync(IPage trainer, string cohortId, string trainerEmail, string annEmail)
    {
        await trainer.GetByTestId("grading-link").ClickAsync();
        var order = await OrderAsync(cohortId, trainerEmail);
        Assert.Equal(4, order.Count);
        var shown = trainer.GetByTestId("grading-answer");
        await Expect(trainer.GetByTestId("grading-count")).ToHaveTextAsync("0 of 4 graded.");
        await Expect(shown).ToHaveAttributeAsync("data-answer-id", order[0].ToString(CultureInfo.InvariantCulture));
        await Expect(trainer.GetByTestId("learner-name")).ToHaveCountAsync(0);
        await Expect(trainer.Locator("main")).Not.ToContainTextAsync(annEmail);
        await Expect(trainer.Locator("main")).Not.ToContainTextAsync(FormulaName);

        await trainer.Locator("input[name=score][value='3']").CheckAsync();
        await trainer.GetByLabel("Note").FillAsync("Clear enough.");
        await trainer.GetByTestId("save-grade").ClickAsync();
        await Expect(trainer.GetByTestId("grade-saved")).ToBeVisibleAsync();
        await Expect(trainer.GetByTestId("grading-count")).ToHaveTextAsync("1 of 4 graded.");
        await Expect(shown).ToHaveAttributeAsync("data-answer-id", order[1].ToString(CultureInfo.InvariantCulture));
        await Expect(trainer.GetByTestId("learner-name")).ToHaveCountAsync(0);

        await using var db = app.OpenDatabase();
        var grade = await db.CohortGrades.SingleAsync(g => g.CohortId == cohortId);
        Assert.Equal((order[0], 3, "Clear enough."), (grade.AnswerId, grade.Score, grade.Note));
        var owner = await db.WrittenAnswers.IgnoreQueryFilters().Where(a => a.Id == order[0]).Select(a => EF.Property<string>(a, VivaDb.OwnerColumn)).SingleAsync();
        var name = await db.Users.Where(u => u.Id == owner).Select(u => u.DisplayName ?? u.Email).SingleAsync();
        await Expect(trainer.GetByTestId("grade-saved")).ToHaveTextAsync($"Grade saved: that answer was {name}'s.");

        // Names on request.
        await trainer.GetByTestId("show-names").ClickAsync();
        await Expect(trainer.GetByTestId("learner-name")).ToBeVisibleAsync();
    }

    /// <summary>The answer ids of the cohort in the order the grader with this e-mail should see them.</summary>
    private async Task<List<long>> OrderAsync(string cohortId, string graderEmail)
    {
        await using var db = app.OpenDatabase();
        var cohort = await db.Cohorts.SingleAsync(c => c.Id == cohortId);
        var grader = await db.Users.SingleAsync(u => u.Email == graderEmail);
        var answers = await CohortGrading.AnswersAsync(db, cohort, app.Services.GetRequiredService<BankCatalog>(), CancellationToken.None);
        return CohortGrading.Order(answers, CohortGrading.Seed(cohortId, grader.Id)).Select(a => a.Id).ToList();
    }

    private static async Task AssignAsync(IPage trainer, string target, DateTimeOffset due)
    {
        await trainer.GetByLabel("Topic or assessment").SelectOptionAsync(target);
        await trainer.GetByLabel("Due date").FillAsync(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Assign" }).ClickAsync();
        await Expect(trainer.GetByTestId("cohort-error")).ToHaveCountAsync(0);
    }

    private static async Task PostAsync(IPage page, string url, object body, int expected)
    {
        await page.GotoAsync("/");
        var token = await page.Locator("meta[name=csrf-token]").GetAttributeAsync("content");
        var response = await page.APIRequest.PostAsync(url, new() { Headers = new Dictionary<string, string> { ["RequestVerificationToken"] = token! }, DataObject = body });
        Assert.True(response.Status == expected, $"{url}: {response.Status} {await response.TextAsync()}");
    }
}

public sealed class SqliteCohortTests(MultiUserAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : CohortContract<MultiUserAppFixture>(app, browser, output), IClassFixture<MultiUserAppFixture>, IClassFixture<BrowserFixture>;

public sealed class PostgresCohortTests(MultiUserPostgresAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : CohortContract<MultiUserPostgresAppFixture>(app, browser, output), IClassFixture<MultiUserPostgresAppFixture>, IClassFixture<BrowserFixture>;
