using Viva.Web.Tests.Browser.Pages;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>The user journey on SQLite (the default), and what a browser must see whatever the database.</summary>
public sealed class JourneyTests(VivaAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : UserJourney<VivaAppFixture>(app, browser, output), IClassFixture<VivaAppFixture>
{
    private const string QuestionId = "async-generators-context-managers";

    [Fact]
    public async Task Script_in_an_answer_is_shown_as_text_and_never_runs()
    {
        var page = await Browser.NewPageAsync(App.BaseUrl);
        await BrowserTest.RunAsync(page, async () =>
        {
            var question = await new QuestionPage(page).OpenAsync(QuestionId);
            await question.WriteAnswerAsync("<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">");
            Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.pwned"));
            await Expect(page.GetByLabel("Write your answer first")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("<script>"));
        });
    }

    [Fact]
    public async Task The_home_page_fits_a_phone_screen()
    {
        var page = await Browser.NewPageAsync(App.BaseUrl, width: 375);
        await BrowserTest.RunAsync(page, async () =>
        {
            await new HomePage(page).OpenAsync();
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
            Assert.False(overflow, "the page scrolls sideways at 375 px");
        });
    }
}
