using Microsoft.Playwright;

namespace Viva.Web.Tests.Browser.Pages;

/// <summary>The study room's start page.</summary>
internal sealed class HomePage(IPage page)
{
    public async Task<HomePage> OpenAsync()
    {
        await page.GotoAsync("/");
        return this;
    }

    public async Task<SearchPage> SearchAsync(string words)
    {
        await page.GetByLabel("Search questions").FillAsync(words);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync("**/search?**");
        return new SearchPage(page);
    }
}
