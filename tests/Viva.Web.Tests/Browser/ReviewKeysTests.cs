using Microsoft.EntityFrameworkCore;
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
    public async Task Ratings_are_refused_before_the_reveal_then_space_reveals_a_number_rates_undo_takes_it_back_and_a_summary_ends_the_session()
    {
        // The test spends about 2.5 hours of the app's clock. Started late in the UTC day it would cross midnight, where
        // the daily limit of new cards starts again and a third card joins the session (a CI run at 23:00 did).
        var start = _app.Clock.GetUtcNow();
        if (start.TimeOfDay > TimeSpan.FromHours(12))
            _app.Clock.Advance(start.UtcDateTime.Date.AddDays(1).AddHours(6) - start.UtcDateTime);
        using (var client = await new ApiClient(_app.BaseUrl).WithTokenAsync())
            (await client.PostJsonAsync("/api/reviews", new { questionId = "asyncio-fundamentals", rating = 1, revealed = true })).EnsureSuccessStatusCode();
        _app.Clock.Advance(TimeSpan.FromHours(1));
        await using (var db = _app.OpenDatabase())
            await Viva.Data.Learners.StudySettings.SetNewCardsPerDayAsync(db, 2);

        var page = await _browser.NewPageAsync(_app.BaseUrl);
        await BrowserTest.RunAsync(page, async () =>
        {
            var review = await new ReviewPage(page).OpenAsync();
            Assert.Equal("asyncio-fundamentals", await review.CurrentQuestionAsync());
            // Before the reveal a number key rates nothing: there are no rating buttons to press.
            await review.PressAsync("3");
            await Expect(page.GetByTestId("rating-form")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("saved")).ToHaveCountAsync(0);
            await review.PressAsync(" ");
            await Expect(page.GetByTestId("answer")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("rating-form").Locator("button small").First).Not.ToBeEmptyAsync();
            await review.PressAsync("4");
            await Expect(page.GetByTestId("saved")).ToContainTextAsync("Easy");

            // Undo brings the card back to its answer side, and the log no longer holds the Easy.
            await page.GetByTestId("undo").ClickAsync();
            await Expect(page.GetByTestId("undone")).ToContainTextAsync("Easy");
            Assert.Equal("asyncio-fundamentals", await review.CurrentQuestionAsync());
            await using (var db = _app.OpenDatabase())
                Assert.Equal(1, await db.Reviews.CountAsync(r => r.QuestionId == "asyncio-fundamentals"));
            await review.PressAsync("3");
            await Expect(page.GetByTestId("saved")).ToContainTextAsync("Good");

            // The daily limit of two new cards (one started today already) brings a never-studied question into the queue, no link needed.
            Assert.NotEqual("asyncio-fundamentals", await review.CurrentQuestionAsync());
            await Expect(page.Locator("[data-review] .meta")).ToContainTextAsync("new");
            await review.PressAsync(" ");
            await Expect(page.GetByTestId("answer")).ToBeVisibleAsync();
            await review.PressAsync("1");
            await Expect(page.GetByTestId("saved")).ToContainTextAsync("Again");
            // Cards in learning come back within minutes: rate each Good as it comes until the session ends with a summary.
            for (var i = 0; i < 8 && await page.GetByTestId("queue-empty").CountAsync() == 0; i++)
            {
                if (await page.Locator("[data-review]").CountAsync() > 0)
                {
                    await review.PressAsync(" ");
                    await Expect(page.GetByTestId("answer")).ToBeVisibleAsync();
                    await review.PressAsync("3");
                    await Expect(page.GetByTestId("saved")).ToContainTextAsync("Good");
                }
                _app.Clock.Advance(TimeSpan.FromMinutes(11));
                await page.ReloadAsync();
            }
            await Expect(page.GetByTestId("session-summary")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("summary-cards")).ToHaveTextAsync("2");
            await Expect(page.GetByTestId("summary-again")).ToContainTextAsync("1");
            await Expect(page.GetByTestId("summary-next")).ToContainTextAsync("Next card due");
            await BrowserTest.SnapAsync(page, "review-summary", page.GetByTestId("session-summary"));
        });
    }
}
