using System.Text.Json;
using Viva.Web.Tests.Infrastructure;

namespace Viva.Web.Tests.Browser;

/// <summary>axe-core (from npm, loaded into each page by Playwright) finds no serious or critical violation on any page.</summary>
public sealed class AccessibilityTests : IClassFixture<VivaAppFixture>, IClassFixture<BrowserFixture>
{
    private readonly VivaAppFixture _app;
    private readonly BrowserFixture _browser;

    public AccessibilityTests(VivaAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    {
        _app = app;
        _browser = browser;
        app.LogTo(output);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/questions/async-generators-context-managers")]
    [InlineData("/review")]
    [InlineData("/exercises/async-generators-context-managers")]
    [InlineData("/quiz")]
    [InlineData("/progress")]
    [InlineData("/search?q=decorator")]
    [InlineData("/api-reference")]
    public async Task Page_has_no_serious_or_critical_accessibility_violation(string path)
    {
        var page = await _browser.NewPageAsync(_app.BaseUrl, withAxe: true);
        await BrowserTest.RunAsync(page, async () =>
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            var json = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))");
            var serious = json.EnumerateArray().Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").Select(v => v.ToString()).ToList();
            Assert.True(serious.Count == 0, $"{path}:\n{string.Join('\n', serious)}");
        }, "axe" + path.Replace('/', '_').Replace('?', '_').Replace('=', '_'));
    }
}
