using Viva.Web.Tests.Browser.Pages;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>The review queue with Anki-style keys: space reveals, 1-4 rate, and the card leaves the queue.</summary>
public sealed class ReviewKeysTests : IClassFixture<VivaAppFixture>, IClassFixture<BrowserFixture>
{
    private readonly VivaAppFixture _app;
    private readonly BrowserFixture _browser;

    public ReviewKeysTests(VivaAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    {
        _app = app;
        _browser = browser;
        app.LogTo(output);
    }

    [Fact]
    public async Task A_due_card_is_revealed_with_space_and_rated_with_a_number_key()
    {
        using (var client = await new ApiClient(_app.BaseUrl).WithTokenAsync())
            (await client.PostJsonAsync("/api/reviews", new { questionId = "asyncio-fundamentals", rating = 1 })).EnsureSuccessStatusCode();
        _app.Clock.Advance(TimeSpan.FromHours(1));

        var page = await _browser.NewPageAsync(_app.BaseUrl);
        await BrowserTest.RunAsync(page, async () =>
        {
            var review = await new ReviewPage(page).OpenAsync();
            Assert.Equal("asyncio-fundamentals", await review.CurrentQuestionAsync());
            await Expect(page.GetByTestId("rating-form").Locator("button small").First).Not.ToBeEmptyAsync();
            await page.Keyboard.PressAsync(" ");
            await Expect(page.Locator("details.reveal")).ToHaveAttributeAsync("open", "");
            await page.Keyboard.PressAsync("4");
            await Expect(page.GetByTestId("saved")).ToContainTextAsync("Easy");
            await Expect(page.GetByTestId("queue-empty")).ToBeVisibleAsync();
        });
    }
}
