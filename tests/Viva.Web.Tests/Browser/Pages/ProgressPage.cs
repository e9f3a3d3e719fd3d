using Microsoft.Playwright;

namespace Viva.Web.Tests.Browser.Pages;

internal sealed class ProgressPage(IPage page)
{
    public async Task<ProgressPage> OpenAsync()
    {
        await page.GotoAsync("/progress");
        return this;
    }

    public ILocator TotalReviews => page.GetByTestId("total-reviews");

    public ILocator QuizzesTaken => page.GetByTestId("quizzes-taken");

    /// <summary>uPlot draws into a canvas inside each chart container.</summary>
    public ILocator Charts => page.Locator(".chart canvas");
}
