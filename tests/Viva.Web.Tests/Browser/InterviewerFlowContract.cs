using System.Diagnostics;
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
            await ivy.GotoAsync(new Uri(link!).PathAndQuery);
            await ivy.GetByLabel("New password").FillAsync(Members.Password);
            await ivy.GetByLabel("Repeat it").FillAsync(Members.Password);
            await ivy.GetByRole(AriaRole.Button, new() { Name = "Set password and sign in" }).ClickAsync();
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
            await Expect(ian.GetByTestId("disagreements")).ToContainTextAsync("spread 2");
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
