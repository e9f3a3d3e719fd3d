using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Viva.Core.Assessments;
using Viva.Core.Bank;
using Viva.Data.Accounts;
using Viva.Data.Assessments;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Assessments;

/// <summary>
/// An online assessment end to end, in a real browser on SQLite and PostgreSQL: an interviewer composes one
/// and sends a link; the candidate makes an account with it in another browser, starts, answers, runs an
/// exercise's tests (outcomes only, never a test), reloads without losing anything, and the server's clock
/// submits it; the interviewer reads the graded report and scores the written answer. Altered, expired and
/// reused links are refused, and nobody else reaches the attempt.
/// </summary>
public abstract partial class AssessmentFlowContract<TApp>(TApp app, BrowserFixture browser, ITestOutputHelper output) where TApp : VivaAppFixture
{
    private const string QuestionId = "descriptors";
    private static readonly QuestionBank Bank = QuestionBank.Load([RepoPaths.Bank]);

    [Fact]
    public async Task A_candidate_takes_a_timed_assessment_from_a_link_and_the_interviewer_reads_the_graded_report()
    {
        app.LogTo(output);
        var team = "team-" + Guid.NewGuid().ToString("N")[..8];
        var ivy = await Members.NewSignedInAsync(app, browser, $"ivy-{team}@example.com", Roles.Interviewer, team);
        var question = Bank.Questions.Single(q => q.Id == QuestionId);
        await ivy.Context.AddInitScriptAsync(scriptPath: RepoPaths.AxeScript);
        await BrowserTest.RunAsync(ivy, async () =>
        {
            // Ivy composes a 10-minute assessment of one question: its quiz items, its exercise and the written question.
            await ivy.GotoAsync("/assessments");
            await ivy.GetByLabel("Title").FillAsync("Backend screen");
            await ivy.GetByLabel("Or question ids, one per line").FillAsync(QuestionId);
            await ivy.GetByLabel("Time limit (minutes)").FillAsync("10");
            await ivy.GetByLabel("Test runs per exercise").FillAsync("2");
            await ivy.GetByLabel(AiUseText.Statement(AiUse.Declared)).CheckAsync();
            await ivy.GetByRole(AriaRole.Button, new() { Name = "Create the assessment" }).ClickAsync();
            await Expect(ivy.GetByTestId("assessment-title")).ToHaveTextAsync("Backend screen");
            await LookAsync(ivy, "compose-result");
            await Expect(ivy.GetByTestId("assessment-summary")).ToContainTextAsync($"{question.Quiz.Count} quiz items, 1 exercise");
            var assessmentPath = new Uri(ivy.Url).AbsolutePath;

            var link = await InviteAsync(ivy, "Casey Jones", $"casey-{team}@example.com", extra: "+50%");
            await LookAsync(ivy, "assessment");

            // Tampered links are refused before anything else: a changed signature, a changed expiry.
            var casey = await browser.NewPageAsync(app.BaseUrl, withAxe: true);
            var token = new Uri(link).Query["?token=".Length..];
            var parts = token.Split('.');
            await ExpectRefusedAsync(casey, $"{parts[0]}.{parts[1]}.{Flip(parts[2])}", "changed or mistyped");
            await ExpectRefusedAsync(casey, $"{parts[0]}.{long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + 86400}.{parts[2]}", "changed or mistyped");
            await ExpectRefusedAsync(casey, await ExpiredTokenAsync(assessmentPath.Split('/')[^1]), "expired");

            // Casey makes an account with the link and lands before the clock starts.
            await casey.GotoAsync(new Uri(link).PathAndQuery);
            await Expect(casey.GetByTestId("invited-name")).ToHaveTextAsync("Casey Jones");
            await LookAsync(casey, "take");
            await casey.GetByLabel("New password").FillAsync(Members.Password);
            await casey.GetByLabel("Repeat it").FillAsync(Members.Password);
            await casey.GetByTestId("create-and-open").ClickAsync();
            await Expect(casey).ToHaveURLAsync(AttemptUrl());
            var attemptPath = new Uri(casey.Url).AbsolutePath;
            var attemptId = attemptPath.Split('/')[^1];
            await Expect(casey.Locator("main")).ToContainTextAsync("15 minutes");
            await Expect(casey.Locator("main")).ToContainTextAsync(AiUseText.Statement(AiUse.Declared));
            await LookAsync(casey, "before-start");
            await casey.GetByTestId("start-attempt").ClickAsync();
            await Expect(casey.GetByTestId("clock")).ToBeVisibleAsync();

            // The link worked once: opened again by someone else, it is refused.
            var dana = await Members.NewSignedInAsync(app, browser, $"dana-{team}@example.com", Roles.Candidate);
            await dana.GotoAsync(new Uri(link).PathAndQuery);
            await Expect(dana.GetByTestId("link-error")).ToContainTextAsync("used already");
            // Nor can Dana reach Casey's attempt, its autosave or its report.
            Assert.Equal(404, (await dana.APIRequest.GetAsync(attemptPath)).Status);
            var danaToken = await dana.Locator("meta[name=csrf-token]").GetAttributeAsync("content");
            var foreign = await dana.APIRequest.PostAsync($"/api/attempts/{attemptId}/answers", new()
            {
                Headers = new Dictionary<string, string> { ["RequestVerificationToken"] = danaToken! },
                DataObject = new { answers = new[] { new { item = $"written:{QuestionId}", text = "Dana was here", revision = long.MaxValue } } },
            });
            Assert.Equal(404, foreign.Status);
            Assert.Equal(404, (await dana.APIRequest.GetAsync($"{assessmentPath}/attempts/{attemptId}")).Status);

            // Casey answers: the first quiz item right, the written question, and the starter code run once.
            var choice = (ChoiceItem)question.Quiz.First(q => q is ChoiceItem);
            var choiceIndex = question.Quiz.ToList().IndexOf(choice);
            var right = choice.Options.First(o => o.Correct);
            await casey.Locator($"[data-item='quiz:{QuestionId}#{choiceIndex}'] input[value='{right.Id}']").CheckAsync();
            var written = casey.Locator($"[data-item='written:{QuestionId}'] textarea");
            await written.FillAsync("A descriptor is an object whose class defines __get__, __set__ or __delete__; data descriptors win over the instance dict.");
            await casey.GetByTestId($"run-{QuestionId}").ClickAsync();
            await Expect(casey.GetByTestId($"passed-{QuestionId}")).ToContainTextAsync("tests passed");
            await Expect(casey.GetByTestId($"run-{QuestionId}")).ToContainTextAsync("1 of 2 left");
            var outcomes = await casey.GetByTestId($"outcomes-{QuestionId}").InnerTextAsync();
            await LookAsync(casey, "attempt");
            Assert.Contains("each instance keeps its own value", outcomes, StringComparison.Ordinal);
            // Only names and outcomes: no test's code, no expected value, no wrong solution, no reference solution.
            var text = await casey.Locator("main").InnerTextAsync();
            var observed = question.Exercise!.Tests.SelectMany(t => t.Code.Code.Split('\n')).Where(l => l.Contains("result", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
            Assert.NotEmpty(observed);
            foreach (var line in observed)
                Assert.DoesNotContain(line, text, StringComparison.Ordinal);
            foreach (var wrong in question.Exercise.WrongSolutions)
                Assert.DoesNotContain(wrong.Code.Code.Split('\n').OrderByDescending(l => l.Length).First().Trim(), text, StringComparison.Ordinal);
            Assert.DoesNotContain("instance.__dict__[self.name] = value", text, StringComparison.Ordinal);

            // The editor's code is saved by the autosave (every 10 s), and a reload keeps everything.
            await casey.Locator($"[data-item='exercise:{QuestionId}'] .cm-content").ClickAsync();
            await casey.Keyboard.PressAsync("Control+A");
            await casey.Keyboard.InsertTextAsync(question.Exercise.Solution.Code);
            await written.FillAsync("Data descriptors (with __set__) take precedence over the instance __dict__; non-data ones do not.");
            await Expect(casey.Locator("[data-autosave-status]")).ToContainTextAsync("Saved at", new() { Timeout = 20_000 });
            await casey.ReloadAsync();
            await Expect(written).ToHaveValueAsync(new Regex("^Data descriptors"));
            await Expect(casey.Locator($"[data-item='quiz:{QuestionId}#{choiceIndex}'] input[value='{right.Id}']")).ToBeCheckedAsync();
            await Expect(casey.Locator($"[data-item='exercise:{QuestionId}'] .cm-content")).ToContainTextAsync("__set_name__");

            // The server's clock ends it: 15 minutes (10 + 50%) and the grace, in two steps (the session's idle limit is 30).
            app.Clock.Advance(TimeSpan.FromMinutes(10));
            await casey.ReloadAsync();
            await Expect(casey.GetByTestId("clock")).ToBeVisibleAsync();
            app.Clock.Advance(TimeSpan.FromMinutes(6));
            await casey.ReloadAsync();
            await Expect(casey.GetByTestId("submitted")).ToContainTextAsync("Time ran out");
            await LookAsync(casey, "submitted");
            var late = await casey.APIRequest.PostAsync($"/api/attempts/{attemptId}/answers", new()
            {
                Headers = new Dictionary<string, string> { ["RequestVerificationToken"] = (await casey.Locator("meta[name=csrf-token]").GetAttributeAsync("content"))! },
                DataObject = new { answers = new[] { new { item = $"written:{QuestionId}", text = "too late", revision = long.MaxValue } } },
            });
            Assert.Equal(409, late.Status);

            // Ivy's report: graded from what was saved, the final code graded, the extra time not mentioned.
            await ivy.GotoAsync(assessmentPath);
            var row = ivy.Locator($"tr[data-candidate='casey-{team}@example.com']");
            await Expect(row.GetByTestId("status")).ToHaveTextAsync("submitted when time ran out");
            await row.GetByTestId("report-link").ClickAsync();
            await Expect(ivy.GetByTestId("report-candidate")).ToHaveTextAsync("Casey Jones");
            await Expect(ivy.GetByTestId("report-ai")).ToHaveTextAsync(AiUseText.Statement(AiUse.Declared));
            await Expect(ivy.GetByTestId("report-time")).Not.ToContainTextAsync("extra");
            await Expect(ivy.GetByTestId("report-quiz")).ToContainTextAsync($"1 of {question.Quiz.Count} right");
            var tests = question.Exercise.Tests.Count;
            await Expect(ivy.GetByTestId("exercise-passed")).ToHaveTextAsync($"{tests} of {tests} tests passed");
            await Expect(ivy.GetByTestId("explain-your-code").Locator("li")).Not.ToHaveCountAsync(0);
            await LookAsync(ivy, "report");
            await ivy.GetByTestId("score-written").ClickAsync();
            await Expect(ivy.GetByTestId("my-answer")).ToContainTextAsync("Data descriptors (with __set__)");
            await Expect(ivy.GetByTestId("hinted")).ToBeVisibleAsync();
            await LookAsync(ivy, "scorecard");
        });
    }

    private async Task<string> InviteAsync(IPage ivy, string name, string email, string extra)
    {
        await ivy.GetByLabel("Candidate's name").FillAsync(name);
        await ivy.GetByLabel("Candidate's e-mail").FillAsync(email);
        await ivy.GetByLabel("Extra time", new() { Exact = false }).SelectOptionAsync(new SelectOptionValue { Label = extra });
        await ivy.GetByRole(AriaRole.Button, new() { Name = "Make the link" }).ClickAsync();
        return (await ivy.Locator($"tr[data-candidate='{email}']").GetByTestId("invite-link").TextContentAsync())!;
    }

    private static async Task ExpectRefusedAsync(IPage page, string token, string why)
    {
        var response = await page.GotoAsync("/take?token=" + Uri.EscapeDataString(token));
        Assert.Equal(410, response!.Status);
        await Expect(page.GetByTestId("link-error")).ToContainTextAsync(why);
    }

    /// <summary>A correctly signed link whose expiry has passed (made in the database: no page makes one).</summary>
    private async Task<string> ExpiredTokenAsync(string assessmentId)
    {
        await using var db = app.OpenDatabase();
        var assessment = await db.Assessments.SingleAsync(a => a.Id == assessmentId);
        var expires = DateTimeOffset.FromUnixTimeSeconds(app.Clock.GetUtcNow().ToUnixTimeSeconds() - 60);
        var invitation = new AssessmentInvitationRecord
        {
            Id = Guid.NewGuid().ToString("N"), AssessmentId = assessmentId, CandidateName = "Late Larry", CandidateEmail = "larry@example.com",
            CreatedBy = assessment.CreatedBy, CreatedAt = expires.AddDays(-1).ToUnixTimeMilliseconds(), ExpiresAt = expires.ToUnixTimeMilliseconds(),
        };
        db.AssessmentInvitations.Add(invitation);
        await db.SaveChangesAsync();
        return SignedLink.Sign(assessment.SigningKey, invitation.Id, expires);
    }

    /// <summary>Each page of the flow has no serious accessibility violation; a full-page screenshot for a person to look at when VIVA_SCREENSHOTS is set (as ScreenshotTests).</summary>
    private async Task LookAsync(IPage page, string name)
    {
        await Axe.AssertNoSeriousViolationAsync(page, name);
        if (Environment.GetEnvironmentVariable("VIVA_SCREENSHOTS") is not { Length: > 0 })
            return;
        var dir = Path.Combine(RepoPaths.Root, "artifacts", "screenshots", "assessments");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, $"{GetType().Name}-{name}.png"), FullPage = true });
    }

    private static string Flip(string signature) => (signature[0] == 'A' ? 'B' : 'A') + signature[1..];

    [GeneratedRegex("/attempts/[0-9a-f]+$")]
    private static partial Regex AttemptUrl();
}

public sealed class SqliteAssessmentFlowTests(MultiUserAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : AssessmentFlowContract<MultiUserAppFixture>(app, browser, output), IClassFixture<MultiUserAppFixture>, IClassFixture<BrowserFixture>;

public sealed class PostgresAssessmentFlowTests(MultiUserPostgresAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : AssessmentFlowContract<MultiUserPostgresAppFixture>(app, browser, output), IClassFixture<MultiUserPostgresAppFixture>, IClassFixture<BrowserFixture>;
