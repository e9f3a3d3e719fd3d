using Microsoft.Playwright;

namespace Viva.Web.Tests.Browser.Pages;

internal sealed class SearchPage(IPage page)
{
    public ILocator Results => page.GetByTestId("results").Locator("li");

    public async Task<QuestionPage> OpenResultAsync(string title)
    {
        await page.GetByTestId("results").GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/questions/**");
        return new QuestionPage(page);
    }
}
