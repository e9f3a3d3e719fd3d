using Viva.Data.Attempts;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Viva.Data.Accounts;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>
/// The interviewer's side end to end, in a real browser on SQLite and PostgreSQL: an admin invites an
/// interviewer, who builds a 45-minute senior kit and starts an interview; two interviewers score the
/// candidate blind (each other's scores are not found until they submit); the report opens, with the
/// disagreement, as a page, as Markdown and as a PDF that renders.
/// </summary>
public abstract class InterviewerFlowContract<TApp>(TApp app, BrowserFixture browser, ITestOutputHelper output) where TApp : VivaAppFixture
{
    [Fact]
    public async Task An_interviewer_builds_a_kit_two_interviewers_score_blind_and_the_report_renders_as_page_markdown_and_pdf()
    {
        app.LogTo(output);
        var team = "team-" + Guid.NewGuid().ToString("N")[..8];
        var admin = await Members.NewSignedInAsync(app, browser, $"admin-{team}@example.com", Roles.Admin, team);
        await BrowserTest.RunAsync(admin, async () =>
        {
            // The admin invites an interviewer from the account page; the link joins the admin's team.
            await admin.GotoAsync("/account");
            await admin.GetByLabel("E-mail").FillAsync($"ivy-{team}@example.com");
            await admin.GetByLabel("Role").SelectOptionAsync(Roles.Interviewer);
            await Expect(admin.GetByLabel("Team", new() { Exact = false })).ToHaveValueAsync(team);
            await admin.GetByRole(AriaRole.Button, new() { Name = "Make a link" }).ClickAsync();
            var link = await admin.GetByTestId("invite-link").TextContentAsync();
            var ivy = await browser.NewPageAsync(app.BaseUrl);
            await Members.SetPasswordAsync(ivy, new Uri(link!).PathAndQuery);
            // An interviewer sets up two-factor sign-in before anything else.
            await Members.EnrolAsync(ivy);
            await ivy.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
            await Expect(ivy.GetByRole(AriaRole.Heading, new() { Name = "Your study room" })).ToBeVisibleAsync();
            var ian = await Members.NewSignedInAsync(app, browser, $"ian-{team}@example.com", Roles.Interviewer, team);

            var interviewUrl = await Interviewing.BuildKitAndStartAsync(ivy, $"ian-{team}@example.com");
            var interviewId = interviewUrl.Split('/')[^1];

            // Ivy scores every question 3 with the first key point ticked; a 4 with nothing ticked is refused first.
            await ivy.GotoAsync(interviewUrl + "/questions/1");
            await ivy.GetByTestId("scorecard").Locator("input[name=score][value='4']").CheckAsync();
            await ivy.GetByTestId("save-next").ClickAsync();
            await Expect(ivy.GetByTestId("score-error")).ToContainTextAsync("A 4 needs a ticked key point or a note");
            var questions = await Interviewing.ScoreAllAsync(ivy, interviewUrl, score: 3, note: null);
            Assert.InRange(questions, 3, 12);

            // Blind: before submitting, neither sees the other's scores, on the page or through the API.
            await ian.GotoAsync("/");
            Assert.Equal(404, (await ian.APIRequest.GetAsync($"/interviews/{interviewId}/report")).Status);
            var ivyId = await UserIdAsync($"ivy-{team}@example.com");
            var ianId = await UserIdAsync($"ian-{team}@example.com");
            Assert.Equal(404, (await ian.APIRequest.GetAsync($"/api/interviews/{interviewId}/scorecards/{ivyId}")).Status);
            Assert.Equal(404, (await ian.APIRequest.GetAsync($"/interviews/{interviewId}/report.md")).Status);
            Assert.Equal(200, (await ivy.APIRequest.GetAsync($"/api/interviews/{interviewId}/scorecards/{ivyId}")).Status);

            await ivy.GotoAsync(interviewUrl);
            await ivy.GetByTestId("submit-scorecard").ClickAsync();
            await Expect(ivy.GetByTestId("submitted")).ToBeVisibleAsync();
            // Submitted, Ivy may see the others' submitted scorecards, but Ian's draft stays his.
            Assert.Equal(404, (await ivy.APIRequest.GetAsync($"/api/interviews/{interviewId}/scorecards/{ianId}")).Status);
            // Ivy's submitting opens nothing to Ian, who has not submitted.
            Assert.Equal(404, (await ian.APIRequest.GetAsync($"/api/interviews/{interviewId}/scorecards/{ivyId}")).Status);

            // Ian scores the first question 1 (with a note) and the rest 3, then submits.
            await Interviewing.ScoreAllAsync(ian, interviewUrl, score: 3, note: null, firstScore: 1, firstNote: "Confused the GIL with a lock on every object.");
            await ian.GotoAsync(interviewUrl);
            await ian.GetByTestId("submit-scorecard").ClickAsync();
            await Expect(ian.GetByTestId("submitted")).ToBeVisibleAsync();
            Assert.Equal(200, (await ian.APIRequest.GetAsync($"/api/interviews/{interviewId}/scorecards/{ivyId}")).Status);

            await ian.GetByTestId("report-link").ClickAsync();
            await Expect(ian.GetByTestId("report-title")).ToContainTextAsync("Casey Jones");
            // A panel's candidate has no account here: nothing machine-graded of theirs is shown.
            await Expect(ian.GetByTestId("auto-graded")).ToHaveCountAsync(0);
            await Expect(ian.GetByTestId("disagreements")).ToContainTextAsync("spread 2");
            // Both ticked only each question's first key point: a topic's rubric score is that point's share of its question's weight.
            var bank = app.Services.GetRequiredService<Viva.Web.Bank.BankCatalog>();
            string Row(string topic, IEnumerable<Viva.Core.Bank.Question> qs) =>
                $"{topic}|{qs.Count()}|{Math.Round(qs.Average(q => 100.0 * q.KeyPoints[0].Weight / q.KeyPoints.Sum(k => k.Weight))):0} of 100";
            var asked = (await QuestionIdsAsync(interviewId)).Select(id => bank.Find(id)!).ToList();
            var expected = asked.GroupBy(q => bank.TopicTitle(q.Area, q.Topic)).Select(g => Row(g.Key, g)).Order(StringComparer.Ordinal).ToList();
            var shown = new List<string>();
            foreach (var row in await ian.GetByTestId("topics").Locator("tbody tr").AllAsync())
            {
                var cells = await row.Locator("td").AllTextContentsAsync();
                shown.Add($"{cells[0]}|{cells[1]}|{cells[3]}");
            }
            Assert.Equal(expected, shown.Order(StringComparer.Ordinal).ToList());
            await BrowserTest.SnapAsync(ian, "interview-report");
            var markdown = await (await ian.APIRequest.GetAsync($"/interviews/{interviewId}/report.md")).TextAsync();
            Assert.Contains("# Interview report: Casey Jones", markdown, StringComparison.Ordinal);
            Assert.Contains("Confused the GIL with a lock on every object\\.", markdown, StringComparison.Ordinal);

            var pdf = await ian.APIRequest.GetAsync($"/interviews/{interviewId}/report.pdf");
            Assert.Equal(200, pdf.Status);
            Assert.Equal("application/pdf", pdf.Headers["content-type"]);
            AssertRendersAPage(await pdf.BodyAsync());
        });
    }

    [Fact]
    public async Task A_candidate_sits_a_mock_interview_scores_themselves_and_finds_it_in_the_review_queue()
    {
        app.LogTo(output);
        var email = $"cand-{Guid.NewGuid():N}@example.com";
        var candidate = await Members.NewSignedInAsync(app, browser, email, Roles.Candidate);
        await BrowserTest.RunAsync(candidate, async () =>
        {
            await candidate.GotoAsync("/mock");
            await candidate.GetByLabel("Level (for a drawn kit)").SelectOptionAsync("senior");
            await candidate.GetByLabel("Minutes (for a drawn kit)").FillAsync("30");
            await candidate.GetByRole(AriaRole.Button, new() { Name = "Start the clock" }).ClickAsync();
            await Expect(candidate.GetByTestId("clock")).ToContainTextAsync("left");
            var mockId = new Uri(candidate.Url).AbsolutePath.Split('/')[2];

            // Answer each question in writing; the first answer says something true about the question's first point.
            for (var n = 1; ; n++)
            {
                await candidate.GetByLabel("Your answer (and to the follow-ups)").FillAsync($"My answer to question {n}: I would explain the trade-offs and show a small example.");
                var last = await candidate.GetByTestId("answer-next").TextContentAsync() == "Save and score yourself";
                await candidate.GetByTestId("answer-next").ClickAsync();
                if (last)
                    break;
                await Expect(candidate).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/mock/{mockId}/{n + 1}$"));
            }
            await Expect(candidate.GetByTestId("my-answer")).ToContainTextAsync("My answer to question 1");
            await Expect(candidate.GetByTestId("hinted")).ToBeVisibleAsync();
            var count = await Interviewing.ScoreAllAsync(candidate, $"/interviews/{mockId}", score: 3, note: null, firstScore: 1, firstNote: "I could not explain it.");
            await candidate.GetByTestId("submit-scorecard").ClickAsync();
            await Expect(candidate.GetByTestId("submitted")).ToBeVisibleAsync();

            await using (var db = app.OpenDatabase())
            {
                db.UserId = await UserIdAsync(email);
                Assert.Equal(count, await db.Reviews.CountAsync(r => r.Source == "mock"));
                Assert.Equal(count, await db.WrittenAnswers.CountAsync(a => a.Source == "mock" && a.Answer != null));
            }
            // The candidate's own report adds what the machine graded: the matcher on the typed answer, and
            // each quiz item's latest answer (a wrong one, then a right one: 1 of 1 right).
            var firstQuestion = await FirstQuestionAsync(mockId);
            await using (var db = app.OpenDatabase())
            {
                db.UserId = await UserIdAsync(email);
                db.QuizAnswers.Add(new QuizAnswerRecord { QuestionId = firstQuestion, ItemIndex = 0, AnsweredAt = 1, Correct = false, Answer = "x", ContentHash = "" });
                db.QuizAnswers.Add(new QuizAnswerRecord { QuestionId = firstQuestion, ItemIndex = 0, AnsweredAt = 2, Correct = true, Answer = "y", ContentHash = "" });
                await db.SaveChangesAsync();
            }
            await candidate.GotoAsync($"/interviews/{mockId}/report");
            var first = candidate.Locator($"section[data-question='{firstQuestion}'] [data-testid=auto-graded]");
            await Expect(first).ToContainTextAsync("the matcher found");
            await Expect(first).ToContainTextAsync("quiz: 1 of 1 answered items right");
            var report = await (await candidate.APIRequest.GetAsync($"/interviews/{mockId}/report.md")).TextAsync();
            Assert.Contains("**Typed answer**: My answer to question 1", report, StringComparison.Ordinal);

            // The question rated 1 (Again) is a learning card; once its step has passed, review shows it first.
            app.Clock.Advance(TimeSpan.FromMinutes(11));
            await candidate.GotoAsync("/review");
            await Expect(candidate.Locator("article[data-review]")).ToHaveAttributeAsync("data-question", firstQuestion);
            // Finished, the mock takes no more answers.
            await candidate.GotoAsync($"/mock/{mockId}/1");
            await Expect(candidate).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/interviews/{mockId}$"));
        });
    }

    [Fact]
    public async Task A_mock_interview_refuses_an_answer_after_its_clock_ran_out()
    {
        app.LogTo(output);
        var candidate = await Members.NewSignedInAsync(app, browser, $"late-{Guid.NewGuid():N}@example.com", Roles.Candidate);
        await BrowserTest.RunAsync(candidate, async () =>
        {
            await candidate.GotoAsync("/mock");
            await candidate.GetByLabel("Minutes (for a drawn kit)").FillAsync("30");
            await candidate.GetByRole(AriaRole.Button, new() { Name = "Start the clock" }).ClickAsync();
            // The click navigates; a reload before it lands finds no page to reload.
            await Expect(candidate).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/mock/[^/]+/1$"));
            // Past the deadline and its grace, in two steps so the 30-minute idle session stays alive.
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            await candidate.ReloadAsync();
            await candidate.GetByLabel("Your answer (and to the follow-ups)").FillAsync("Written too slowly.");
            app.Clock.Advance(TimeSpan.FromMinutes(11));
            await candidate.GetByTestId("answer-next").ClickAsync();
            await Expect(candidate.GetByTestId("mock-error")).ToContainTextAsync("Time was up");
            await candidate.ReloadAsync();
            await Expect(candidate.GetByTestId("time-up")).ToBeVisibleAsync();
        });
    }

    private async Task<string> FirstQuestionAsync(string interviewId) => (await QuestionIdsAsync(interviewId))[0];

    private async Task<string[]> QuestionIdsAsync(string interviewId)
    {
        await using var db = app.OpenDatabase();
        return db.Interviews.Single(i => i.Id == interviewId).QuestionIds.Split('\n');
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var db = app.OpenDatabase();
        return db.Users.Single(u => u.Email == email).Id;
    }

    /// <summary>pdftoppm (poppler) rasterises the first page: a PDF that Chromium printed badly gives no image.</summary>
    private static void AssertRendersAPage(byte[] pdf)
    {
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        var dir = Directory.CreateTempSubdirectory("viva-report-");
        try
        {
            var file = Path.Combine(dir.FullName, "report.pdf");
            File.WriteAllBytes(file, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-png", "-r", "40", "-f", "1", "-l", "1", file, Path.Combine(dir.FullName, "page")]))!;
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            var image = Assert.Single(Directory.GetFiles(dir.FullName, "page*.png"));
            Assert.True(new FileInfo(image).Length > 1000, "the first page's image is nearly empty");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

public sealed class SqliteInterviewerFlowTests(MultiUserAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : InterviewerFlowContract<MultiUserAppFixture>(app, browser, output), IClassFixture<MultiUserAppFixture>, IClassFixture<BrowserFixture>;

public sealed class PostgresInterviewerFlowTests(MultiUserPostgresAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : InterviewerFlowContract<MultiUserPostgresAppFixture>(app, browser, output), IClassFixture<MultiUserPostgresAppFixture>, IClassFixture<BrowserFixture>;
