using Microsoft.Playwright;

namespace Viva.Web.Tests.Browser.Pages;

internal sealed class ExercisePage(IPage page)
{
    public async Task<ExercisePage> OpenAsync(string id)
    {
        await page.GotoAsync($"/exercises/{id}");
        return this;
    }

    public ILocator Verdicts => page.GetByTestId("verdicts").Locator("li");

    public ILocator Solution => page.GetByTestId("solution");

    public async Task SubmitAsync(string code)
    {
        await page.Locator(".cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(code);
        await page.GetByTestId("run-tests").ClickAsync();
        await page.GetByTestId("verdicts").WaitForAsync();
    }
}
