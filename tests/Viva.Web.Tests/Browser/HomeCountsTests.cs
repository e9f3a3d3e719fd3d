using Viva.Web.Tests.Browser.Pages;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>The home page counts today's cards as Anki's deck screen does: new left under the daily limit, learning, to review.</summary>
public sealed class HomeCountsTests : IClassFixture<VivaAppFixture>, IClassFixture<BrowserFixture>
{
    private readonly VivaAppFixture _app;
    private readonly BrowserFixture _browser;

    public HomeCountsTests(VivaAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    {
        _app = app;
        _browser = browser;
        app.LogTo(output);
    }

    [Fact]
    public async Task Learn_a_new_question_says_how_many_new_questions_are_left_today()
    {
        var page = await _browser.NewPageAsync(_app.BaseUrl);
        // "Today" is the UTC day: start well clear of midnight, so the half hour below stays within one day.
        if (_app.Clock.GetUtcNow().TimeOfDay > TimeSpan.FromHours(23))
            _app.Clock.Advance(TimeSpan.FromHours(1.5));
        await BrowserTest.RunAsync(page, async () =>
        {
            await new HomePage(page).OpenAsync();
            await Expect(page.GetByTestId("learn-new")).ToContainTextAsync("10 left today");
            await Expect(page.GetByTestId("today-counts")).ToContainTextAsync("10 new 0 learning 0 to review");

            // A new question rated Again today is one fewer new card left, and one card in learning once it comes due.
            using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
            using (var rated = await client.PostJsonAsync("/api/reviews", new { questionId = "generators", rating = 1, revealed = true }))
                Assert.True(rated.IsSuccessStatusCode, await rated.Content.ReadAsStringAsync());
            _app.Clock.Advance(TimeSpan.FromMinutes(30));
            await page.ReloadAsync();
            await Expect(page.GetByTestId("learn-new")).ToContainTextAsync("9 left today");
            await Expect(page.GetByTestId("today-counts")).ToContainTextAsync("9 new 1 learning 0 to review");
            await BrowserTest.SnapAsync(page, "home-counts");
        });
    }
}
