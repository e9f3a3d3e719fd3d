using Microsoft.Playwright;

namespace Viva.Web.Tests.Browser.Pages;

internal sealed class ReviewPage(IPage page)
{
    public async Task<ReviewPage> OpenAsync()
    {
        await page.GotoAsync("/review");
        return this;
    }

    /// <summary>
    /// Presses a key as a reviewer would, once the page's script listens: after a navigation the new
    /// document can be visible before app.js (a deferred module) has run, and a key pressed then is lost.
    /// </summary>
    public async Task PressAsync(string key)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.Keyboard.PressAsync(key);
    }

    /// <summary>The question the queue shows now, or null when nothing is due.</summary>
    public async Task<string?> CurrentQuestionAsync() =>
        await page.Locator("[data-review]").CountAsync() == 0 ? null : await page.Locator("[data-review]").GetAttributeAsync("data-question");
}
