using Viva.Web.Tests.Infrastructure;

namespace Viva.Web.Tests.Browser;

/// <summary>axe-core (from npm, loaded into each page by Playwright) finds no serious or critical violation on any page.</summary>
public sealed class AccessibilityTests : IClassFixture<VivaAppFixture>, IClassFixture<BrowserFixture>
{
    /// <summary>An assessment seeded for the sweep (the local user is its team), with a flagged pair to show side by side.</summary>
    private const string Assessment = "axe-assessment";

    private readonly VivaAppFixture _app;
    private readonly BrowserFixture _browser;

    public AccessibilityTests(VivaAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    {
        _app = app;
        _browser = browser;
        app.LogTo(output);
    }

    public static TheoryData<string, bool> Pages()
    {
        var data = new TheoryData<string, bool>();
        foreach (var dark in (bool[])[false, true])
        {
            foreach (var path in (string[])["/", "/questions/async-generators-context-managers", "/review", "/review/cards", "/exercises/async-generators-context-managers",
                "/quiz", "/progress", "/search?q=decorator", "/api-reference", "/exercises", "/search", "/kits", "/interviews", "/mock", "/calibration", "/calibration/items", "/interchange",
                $"/assessments/{Assessment}/similarity", $"/assessments/{Assessment}/similarity/{SimilarSubmissions.QuestionId}/{Assessment}-a1/{Assessment}-a2"])
                data.Add(path, dark);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_serious_or_critical_accessibility_violation(string path, bool dark)
    {
        var page = await _browser.NewPageAsync(_app.BaseUrl, withAxe: true, dark: dark);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Add(message.Text);
        };
        page.PageError += (_, error) => errors.Add(error);
        if (path.StartsWith($"/assessments/{Assessment}/", StringComparison.Ordinal))
        {
            await SeededAssessments.SeedAsync(_app, Assessment, Viva.Web.Interviews.Member.LocalTeam, Viva.Data.VivaDb.LocalUserId, SimilarSubmissions.QuestionId,
                [("Ada Quinn", SimilarSubmissions.Original), ("Ben Ortiz", SimilarSubmissions.DisguisedCopy), ("Dan Wu", SimilarSubmissions.Tiny)]);
        }
        await BrowserTest.RunAsync(page, async () =>
        {
            var response = await page.GotoAsync(path);
            // Each page must be found (the seeded ones too), or the sweep would check the 404 page in its place.
            Assert.Equal(200, response!.Status);
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            await Axe.AssertNoSeriousViolationAsync(page, $"{path} ({(dark ? "dark" : "light")})");
            // A CSP violation or a script error shows up here: every page must load clean.
            Assert.True(errors.Count == 0, $"{path}: console errors:\n{string.Join('\n', errors)}");
        }, "axe" + (dark ? "-dark" : "") + path.Replace('/', '_').Replace('?', '_').Replace('=', '_'));
    }
}
