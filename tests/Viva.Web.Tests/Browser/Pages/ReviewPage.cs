using Microsoft.Playwright;

namespace Viva.Web.Tests.Browser.Pages;

internal sealed class ReviewPage(IPage page)
{
    public async Task<ReviewPage> OpenAsync()
    {
        await page.GotoAsync("/review");
        return this;
    }

    /// <summary>The question the queue shows now, or null when nothing is due.</summary>
    public async Task<string?> CurrentQuestionAsync() =>
        await page.Locator("[data-review]").CountAsync() == 0 ? null : await page.Locator("[data-review]").GetAttributeAsync("data-question");
}
