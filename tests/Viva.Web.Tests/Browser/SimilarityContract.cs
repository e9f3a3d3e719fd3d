using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Viva.Data.Accounts;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>
/// The similarity views of an assessment, in a real browser on SQLite and PostgreSQL: a disguised copy is flagged and an
/// independent solution is not, a tiny submission is too short to judge, the pair shows side by side with its matching
/// regions, and each decision on it is appended to a log with who and when; nobody outside the team sees any of it.
/// </summary>
public abstract class SimilarityContract<TApp>(TApp app, BrowserFixture browser, ITestOutputHelper output) where TApp : VivaAppFixture
{
    [Fact]
    public async Task A_disguised_copy_is_flagged_shown_side_by_side_and_each_decision_on_it_is_logged()
    {
        app.LogTo(output);
        var team = "team-" + Guid.NewGuid().ToString("N")[..8];
        // Another interviewer of the team made the assessment; Ivy reviews it.
        var seeded = await SeededAssessments.SeedAsync(app, "sim-" + team, team, "maker-" + team, SimilarSubmissions.QuestionId,
        [
            ("Ada Quinn", SimilarSubmissions.Original),
            ("Ben Ortiz", SimilarSubmissions.DisguisedCopy),
            ("Cleo Park", SimilarSubmissions.Independent),
            ("Dan Wu", SimilarSubmissions.Tiny),
            ("Eve Lane", SimilarSubmissions.ModelSolution(app)),
        ]);
        var ivyEmail = $"ivy-{team}@example.com";
        var ivy = await Members.NewSignedInAsync(app, browser, ivyEmail, Roles.Interviewer, team);
        await BrowserTest.RunAsync(ivy, async () =>
        {
            var ivyId = await UserIdAsync(ivyEmail);
            var (ada, ben) = (seeded.AttemptIds[0], seeded.AttemptIds[1]);
            var listUrl = $"/assessments/{seeded.Id}/similarity";

            // The list: only the copied pair is flagged; the independent solution's two pairs are not similar; the tiny
            // one and the model solution (nothing of its own beyond what is expected) are set apart, never flagged.
            await ivy.GotoAsync(listUrl);
            await Expect(ivy.GetByTestId("similarity-notice")).ToContainTextAsync("never a verdict");
            await Expect(ivy.GetByTestId("similarity-notice")).ToContainTextAsync("Nothing is rejected automatically");
            var flagged = ivy.GetByTestId("flagged").Locator("tbody tr");
            await Expect(flagged).ToHaveCountAsync(1);
            await Expect(flagged).ToHaveAttributeAsync("data-pair", $"{ada} {ben}");
            await Expect(flagged.GetByTestId("pair-names")).ToHaveTextAsync("Ada Quinn and Ben Ortiz");
            await Expect(flagged.GetByTestId("pair-shares")).ToContainTextAsync("% of Ada Quinn's in Ben Ortiz's");
            await Expect(flagged.GetByTestId("pair-decision")).ToHaveTextAsync("none yet");
            await Expect(ivy.GetByTestId("not-similar")).ToHaveTextAsync("2 pair(s) not similar.");
            await Expect(ivy.GetByTestId("too-short")).ToContainTextAsync("Too short to judge");
            await Expect(ivy.GetByTestId("too-short")).ToContainTextAsync("Dan Wu");
            await Expect(ivy.GetByTestId("too-short")).ToContainTextAsync("Eve Lane");
            await Expect(ivy.GetByTestId("too-short")).Not.ToContainTextAsync("Cleo Park");
            await BrowserTest.SnapAsync(ivy, "similarity-list");

            // Side by side: the matching regions are marked, by number, in both columns.
            await flagged.GetByTestId("pair-link").ClickAsync();
            var pairUrl = $"/assessments/{seeded.Id}/similarity/{SimilarSubmissions.QuestionId}/{ada}/{ben}";
            await Expect(ivy).ToHaveURLAsync(app.BaseUrl + pairUrl);
            await Expect(ivy.GetByTestId("pair-verdict")).ToContainTextAsync("flagged");
            await Expect(ivy.GetByTestId("regions").Locator("li")).Not.ToHaveCountAsync(0);
            foreach (var side in (string[])["side-a", "side-b"])
            {
                var marked = ivy.GetByTestId(side).Locator("tr[data-match]");
                Assert.True(await marked.CountAsync() >= 5, $"{side}: fewer than 5 lines marked");
                await Expect(marked.First.Locator("td.tag")).ToContainTextAsync("match 1");
            }
            await Expect(ivy.GetByTestId("side-a")).ToContainTextAsync("Ada Quinn");
            await Expect(ivy.GetByTestId("side-b")).ToContainTextAsync("Ben Ortiz");
            await BrowserTest.SnapAsync(ivy, "similarity-pair");

            // Confirm with a note, a minute later dismiss: both stay in the log, in order.
            var confirmedAt = app.Clock.GetUtcNow();
            await ivy.GetByLabel("Note (optional", new() { Exact = false }).FillAsync("Both cut the same sorted list; asked Ben about it.");
            await ivy.GetByTestId("confirm").ClickAsync();
            await Expect(ivy.GetByTestId("decision-log").Locator("tbody tr")).ToHaveCountAsync(1);
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            var dismissedAt = app.Clock.GetUtcNow();
            await ivy.GetByTestId("dismiss").ClickAsync();
            var log = ivy.GetByTestId("decision-log").Locator("tbody tr");
            await Expect(log).ToHaveCountAsync(2);
            await Expect(log.Nth(0)).ToContainTextAsync("confirmed");
            await Expect(log.Nth(0)).ToContainTextAsync("asked Ben about it");
            await Expect(log.Nth(0)).ToContainTextAsync(ivyEmail);
            await Expect(log.Nth(0)).ToContainTextAsync(Shown(confirmedAt));
            await Expect(log.Nth(1)).ToContainTextAsync("dismissed");
            await Expect(log.Nth(1)).ToContainTextAsync(Shown(dismissedAt));
            await using (var db = app.OpenDatabase())
            {
                var rows = await db.SimilarityDecisions.Where(d => d.AssessmentId == seeded.Id).OrderBy(d => d.Id).ToListAsync();
                Assert.Equal<string>(["confirmed", "dismissed"], rows.Select(d => d.Decision));
                Assert.All(rows, d => Assert.Equal((SimilarSubmissions.QuestionId, ada, ben, ivyId), (d.QuestionId, d.AttemptA, d.AttemptB, d.DecidedBy)));
                Assert.Equal<long>([confirmedAt.ToUnixTimeMilliseconds(), dismissedAt.ToUnixTimeMilliseconds()], rows.Select(d => d.DecidedAt));
                Assert.Null(rows[1].Note);
            }
            await ivy.GotoAsync(listUrl);
            await Expect(ivy.GetByTestId("flagged").Locator("tbody tr").GetByTestId("pair-decision")).ToHaveTextAsync("dismissed");

            // The pair in the other order is the same pair.
            await ivy.GotoAsync($"/assessments/{seeded.Id}/similarity/{SimilarSubmissions.QuestionId}/{ben}/{ada}");
            await Expect(ivy).ToHaveURLAsync(app.BaseUrl + pairUrl);

            // A decision posted without a valid antiforgery token stores nothing, whether it claims to come from this site or another.
            foreach (var site in (string[])["same-origin", "cross-site"])
            {
                var form = ivy.APIRequest.CreateFormData();
                form.Set("_handler", "decide");
                form.Set("__RequestVerificationToken", "forged");
                form.Set("decision", "confirmed");
                form.Set("note", "forged");
                await ivy.APIRequest.PostAsync(pairUrl, new() { Form = form, Headers = new Dictionary<string, string> { ["Sec-Fetch-Site"] = site } });
            }
            await using (var db = app.OpenDatabase())
                Assert.Equal(2, await db.SimilarityDecisions.CountAsync(d => d.AssessmentId == seeded.Id));

            // Outside the team there is nothing to find: a candidate, and an interviewer of another team.
            var candidate = await Members.NewSignedInAsync(app, browser, $"cand-{team}@example.com", Roles.Candidate);
            var other = await Members.NewSignedInAsync(app, browser, $"oscar-{team}@example.com", Roles.Interviewer, "other-" + team);
            foreach (var outsider in new[] { candidate, other })
            {
                foreach (var url in new[] { listUrl, pairUrl })
                    Assert.Equal(404, (await outsider.APIRequest.GetAsync(url)).Status);
            }
            await ivy.GotoAsync(pairUrl);
            await Expect(ivy.GetByTestId("decision-log").Locator("tbody tr")).ToHaveCountAsync(2);
        });
    }

    private static string Shown(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private async Task<string> UserIdAsync(string email)
    {
        await using var db = app.OpenDatabase();
        return (await db.Users.SingleAsync(u => u.Email == email)).Id;
    }
}

public sealed class SqliteSimilarityTests(MultiUserAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : SimilarityContract<MultiUserAppFixture>(app, browser, output), IClassFixture<MultiUserAppFixture>, IClassFixture<BrowserFixture>;

public sealed class PostgresSimilarityTests(MultiUserPostgresAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : SimilarityContract<MultiUserPostgresAppFixture>(app, browser, output), IClassFixture<MultiUserPostgresAppFixture>, IClassFixture<BrowserFixture>;
