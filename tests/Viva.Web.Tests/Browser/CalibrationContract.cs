using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Viva.Core.Calibration;
using Viva.Data.Accounts;
using Viva.Web.Bank;
using Viva.Web.Calibration;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>
/// The calibration page in a real browser on SQLite and PostgreSQL: three interviewers score four candidates,
/// one of them harsh and harshest on the first question; the page flags the harsh one, puts that question first
/// in the debrief, and prints exactly the figures PanelCalibration gives on the same scores. A fifth interview
/// that Hal has not submitted is left out of his page (the blind rule) but counts on Ivy's. Candidates get 404.
/// </summary>
public abstract class CalibrationContract<TApp>(TApp app, BrowserFixture browser, ITestOutputHelper output) where TApp : VivaAppFixture
{
    private static readonly string[] Candidates = ["Ann", "Ben", "Cal", "Dana"];

    [Fact]
    public async Task A_harsh_interviewer_is_flagged_the_debrief_leads_with_their_question_and_the_blind_rule_holds()
    {
        app.LogTo(output);
        var team = "cal-" + Guid.NewGuid().ToString("N")[..8];
        var ivy = await Members.NewSignedInAsync(app, browser, $"ivy-{team}@example.com", Roles.Interviewer, team);
        var ian = await Members.NewSignedInAsync(app, browser, $"ian-{team}@example.com", Roles.Interviewer, team);
        var hal = await Members.NewSignedInAsync(app, browser, $"hal-{team}@example.com", Roles.Interviewer, team);
        var candidate = await Members.NewSignedInAsync(app, browser, $"cand-{team}@example.com", Roles.Candidate);
        await BrowserTest.RunAsync(ivy, async () =>
        {
            // Casey: Ivy and Ian only, agreeing. Then Ann, Ben and Cal with Hal too, and Dana, whom Hal never submits.
            var casey = (await Interviewing.BuildKitAndStartAsync(ivy, $"ian-{team}@example.com")).Split('/')[^1];
            var kitId = await KitOfAsync(casey);
            var panel = new[] { $"ian-{team}@example.com", $"hal-{team}@example.com" };
            var others = new List<string>();
            foreach (var name in Candidates)
                others.Add(await StartAsync(ivy, kitId, name, panel));
            var questions = await QuestionsOfAsync(casey);
            Assert.True(questions.Count >= 3);

            await ScoreAsync(ivy, casey, questions, q => Agreed(3, q));
            await ScoreAsync(ian, casey, questions, q => Agreed(3, q));
            for (var c = 0; c < others.Count; c++)
            {
                var n = c;
                await ScoreAsync(ivy, others[n], questions, q => Agreed(n, q));
                await ScoreAsync(ian, others[n], questions, q => n == 1 && q == 2 ? Agreed(n, q) - 1 : Agreed(n, q));
                // Hal is a point harsher everywhere, and gives a 1 where the others give a 4 on the first question.
                await ScoreAsync(hal, others[n], questions, q => q == 0 ? 1 : Agreed(n, q) - 1, submit: n < 3);
            }
            var dana = others[3];

            // Hal's view: Dana's interview is left out and said to be; the figures are those of the other four.
            await hal.GotoAsync("/calibration");
            await Expect(hal.GetByTestId("left-out")).ToContainTextAsync("1 interview left out");
            await Expect(hal.GetByTestId("counted")).ToHaveTextAsync("4 interviews with submitted scorecards counted.");
            await ExpectFiguresAsync(hal, await ExpectedAsync(team, leaveOut: dana));

            // Ivy's view: all five count (Hal's draft on Dana does not); Hal is flagged; the first question leads the debrief.
            await ivy.GotoAsync("/calibration");
            await Expect(ivy.GetByTestId("left-out")).ToHaveCountAsync(0);
            await Expect(ivy.GetByTestId("counted")).ToHaveTextAsync("5 interviews with submitted scorecards counted.");
            var expected = await ExpectedAsync(team, leaveOut: null);
            await ExpectFiguresAsync(ivy, expected);
            var halRow = ivy.Locator($"tr[data-interviewer='{expected.Raters[expected.RaterEmails.ToList().IndexOf($"hal-{team}@example.com")]}']");
            await Expect(halRow).ToHaveAttributeAsync("data-differs", "true");
            await Expect(halRow.Locator("[data-figure=icc-rise]")).ToContainTextAsync("without them: they score differently from the rest");
            await Expect(ivy.Locator("tr[data-differs=true]")).ToHaveCountAsync(1);
            await Expect(ivy.GetByTestId("debrief").Locator("li").First).ToHaveAttributeAsync("data-question", questions[0]);
            await Expect(ivy.GetByTestId("debrief").Locator("li").First.Locator("a[href$='/report']")).ToHaveCountAsync(3);
            await Expect(ivy.GetByTestId("panel")).ToHaveCountAsync(2);
            await BrowserTest.SnapAsync(ivy, "calibration");
            await ivy.ScreenshotAsync(new() { Path = "/tmp/calibration.png", FullPage = true });

            // Not for candidates: not found, like the other interviewer pages; nor is the link shown.
            await candidate.GotoAsync("/");
            await Expect(candidate.GetByRole(AriaRole.Link, new() { Name = "Calibration" })).ToHaveCountAsync(0);
            Assert.Equal(404, (await candidate.APIRequest.GetAsync("/calibration")).Status);
            Assert.Equal(404, (await candidate.APIRequest.GetAsync("/calibration/items")).Status);
            Assert.Equal(200, (await ivy.APIRequest.GetAsync("/calibration/items")).Status);
        });
    }

    /// <summary>What a candidate c deserves on question q, as the two agreeing interviewers see it: 2 to 4, and a 4 on the first question.</summary>
    private static int Agreed(int c, int q) => q == 0 ? 4 : 2 + (c + q) % 3;

    private static async Task<string> StartAsync(IPage page, string kitId, string candidate, string[] panel)
    {
        await page.GotoAsync($"/kits/{kitId}");
        await page.GetByLabel("Candidate's name").FillAsync(candidate);
        foreach (var member in panel)
            await page.GetByLabel(member).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the interview" }).ClickAsync();
        await Expect(page.GetByTestId("candidate")).ToHaveTextAsync(candidate);
        return new Uri(page.Url).AbsolutePath.Split('/')[^1];
    }

    /// <summary>Saves a score per question through the API the scorecard page autosaves with (first key point ticked, so a 1 or 4 is allowed), then submits on the page.</summary>
    private async Task ScoreAsync(IPage page, string interviewId, IReadOnlyList<string> questions, Func<int, int> score, bool submit = true)
    {
        var bank = app.Services.GetRequiredService<BankCatalog>();
        await page.GotoAsync($"/interviews/{interviewId}");
        var token = await page.Locator("meta[name=csrf-token]").GetAttributeAsync("content");
        for (var q = 0; q < questions.Count; q++)
        {
            var ticks = Enumerable.Range(0, bank.Find(questions[q])!.KeyPoints.Count).Select(k => k == 0).ToArray();
            var put = await page.APIRequest.PutAsync($"/api/interviews/{interviewId}/scorecard/{questions[q]}",
                new() { Headers = new Dictionary<string, string> { ["RequestVerificationToken"] = token! }, DataObject = new { ticks, score = score(q) } });
            Assert.True(put.Status == 200, $"{questions[q]}: {put.Status} {await put.TextAsync()}");
        }
        if (!submit)
            return;
        await page.ReloadAsync();
        await page.GetByTestId("submit-scorecard").ClickAsync();
        await Expect(page.GetByTestId("submitted")).ToBeVisibleAsync();
    }

    /// <summary>The page's team and per-interviewer figures equal PanelCalibration on the same matrix, to the last digit.</summary>
    private static async Task ExpectFiguresAsync(IPage page, Expected expected)
    {
        var team = page.GetByTestId("team");
        await Expect(team.Locator("[data-figure=units]")).ToHaveTextAsync(expected.Calibration.Panel.Units.ToString(CultureInfo.InvariantCulture));
        await Expect(team.Locator("[data-figure=raters]")).ToHaveTextAsync("3");
        await Expect(team.Locator("[data-figure=icc]")).ToHaveAttributeAsync("data-value", Raw(expected.Calibration.Panel.Icc));
        await Expect(team.Locator("[data-figure=icc-ci]")).ToHaveAttributeAsync("data-lower", Raw(expected.Calibration.Panel.IccInterval!.Lower));
        await Expect(team.Locator("[data-figure=icc-ci]")).ToHaveAttributeAsync("data-upper", Raw(expected.Calibration.Panel.IccInterval!.Upper));
        await Expect(team.Locator("[data-figure=alpha]")).ToHaveAttributeAsync("data-value", Raw(expected.Calibration.Panel.Alpha));
        await Expect(team.Locator("[data-figure=alpha-ci]")).ToHaveAttributeAsync("data-upper", Raw(expected.Calibration.Panel.AlphaInterval!.Upper));
        foreach (var i in expected.Calibration.Interviewers)
        {
            var row = page.Locator($"tr[data-interviewer='{expected.Raters[i.Rater]}']");
            await Expect(row.Locator("[data-figure=icc-rise]")).ToHaveAttributeAsync("data-value", Raw(i.IccRise));
            await Expect(row.Locator("[data-figure=icc-rise]")).ToHaveAttributeAsync("data-lower", Raw(i.IccRiseInterval!.Lower));
            await Expect(row.Locator("[data-figure=alpha-rise]")).ToHaveAttributeAsync("data-value", Raw(i.AlphaRise));
            await Expect(row.Locator("[data-figure=alpha-rise]")).ToHaveAttributeAsync("data-upper", Raw(i.AlphaRiseInterval!.Upper));
        }
    }

    private static string Raw(double? value) => value!.Value.ToString("R", CultureInfo.InvariantCulture);

    private sealed record Expected(PanelCalibration Calibration, IReadOnlyList<string> Raters, IReadOnlyList<string> RaterEmails);

    /// <summary>
    /// The matrix built here from the stored rows, independently of the page: a row per (interview, question)
    /// with a submitted score, interviews oldest first then by id, questions in the kit's order (the bootstrap
    /// resamples rows, so their order is part of the figures), a column per interviewer in order of name.
    /// </summary>
    private async Task<Expected> ExpectedAsync(string team, string? leaveOut)
    {
        await using var db = app.OpenDatabase();
        var interviews = (await db.Interviews.Where(i => i.Team == team && i.Id != leaveOut).ToListAsync())
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
        var ids = interviews.Select(i => i.Id).ToList();
        var submitted = await db.Scorecards.Where(s => ids.Contains(s.InterviewId) && s.SubmittedAt != null).ToListAsync();
        var entries = (await db.ScoreEntries.Where(e => ids.Contains(e.InterviewId)).ToListAsync())
            .Where(e => submitted.Any(s => s.InterviewId == e.InterviewId && s.InterviewerId == e.InterviewerId)).ToList();
        var users = await db.Users.Where(u => u.Team == team).ToDictionaryAsync(u => u.Id, u => u.Email!);
        var raters = entries.Select(e => e.InterviewerId).Distinct().OrderBy(id => users[id], StringComparer.OrdinalIgnoreCase).ToList();
        var rows = new List<IReadOnlyList<double?>>();
        foreach (var interview in interviews)
        {
            foreach (var question in interview.QuestionIds.Split('\n'))
            {
                var row = raters.Select(r => entries.FirstOrDefault(e => e.InterviewId == interview.Id && e.QuestionId == question && e.InterviewerId == r)?.Score is { } s ? (double?)s : null).ToArray();
                if (row.Any(s => s.HasValue))
                    rows.Add(row);
            }
        }
        return new Expected(PanelCalibration.Of(new RatingMatrix(rows), TeamCalibration.Bootstrap), raters, raters.Select(r => users[r]).ToList());
    }

    private async Task<string> KitOfAsync(string interviewId)
    {
        await using var db = app.OpenDatabase();
        return (await db.Interviews.SingleAsync(i => i.Id == interviewId)).KitId!;
    }

    private async Task<IReadOnlyList<string>> QuestionsOfAsync(string interviewId)
    {
        await using var db = app.OpenDatabase();
        return (await db.Interviews.SingleAsync(i => i.Id == interviewId)).QuestionIds.Split('\n');
    }
}

public sealed class SqliteCalibrationTests(MultiUserAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : CalibrationContract<MultiUserAppFixture>(app, browser, output), IClassFixture<MultiUserAppFixture>, IClassFixture<BrowserFixture>;

public sealed class PostgresCalibrationTests(MultiUserPostgresAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : CalibrationContract<MultiUserPostgresAppFixture>(app, browser, output), IClassFixture<MultiUserPostgresAppFixture>, IClassFixture<BrowserFixture>;
