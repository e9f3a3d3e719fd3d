using System.Text.Json;
using Microsoft.Playwright;

namespace Viva.Web.Tests.Infrastructure;

/// <summary>Runs axe-core (loaded by <see cref="BrowserFixture.NewPageAsync"/> with axe) on the current page.</summary>
internal static class Axe
{
    public static async Task AssertNoSeriousViolationAsync(IPage page, string what)
    {
        // Checked as the person sees it: once the stylesheet is applied. Right after a form post the new page's
        // elements can be there before site.css is, and unstyled links on the dark scheme's background failed contrast.
        await page.WaitForLoadStateAsync(LoadState.Load);
        var json = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))");
        var serious = json.EnumerateArray().Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").Select(v => v.ToString()).ToList();
        Assert.True(serious.Count == 0, $"{what}:\n{string.Join('\n', serious)}");
    }
}
