using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Viva.Web.Tests.Browser.Pages;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>The server's side of reveal-then-rate, and the card browser (an app of their own, apart from the keyed session).</summary>
public sealed class ReviewCardsTests : IClassFixture<VivaAppFixture>, IClassFixture<BrowserFixture>
{
    private readonly VivaAppFixture _app;
    private readonly BrowserFixture _browser;

    public ReviewCardsTests(VivaAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    {
        _app = app;
        _browser = browser;
        app.LogTo(output);
    }

    [Fact]
    public async Task A_rating_form_posted_without_the_reveal_is_refused_and_stores_nothing()
    {
        var page = await _browser.NewPageAsync(_app.BaseUrl);
        await BrowserTest.RunAsync(page, async () =>
        {
            var question = await (await new ReviewPage(page).OpenAsync()).CurrentQuestionAsync();
            await page.GotoAsync($"/review?show={question}");
            // Forge the form as a page without the answer would post it: no revealed marker.
            await page.EvaluateAsync("() => document.querySelector('input[name=revealed]').remove()");
            await page.GetByTestId("rating-form").Locator("button[data-rating='3']").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Reveal the answer before rating it");
            await using var db = _app.OpenDatabase();
            Assert.False(await db.Reviews.AnyAsync(r => r.QuestionId == question));
        });
    }

    [Fact]
    public async Task The_card_browser_lists_studied_cards_sorted_and_filtered()
    {
        using (var client = await new ApiClient(_app.BaseUrl).WithTokenAsync())
        {
            (await client.PostJsonAsync("/api/reviews", new { questionId = "descriptors", rating = 4, revealed = true })).EnsureSuccessStatusCode();
            (await client.PostJsonAsync("/api/reviews", new { questionId = "metaclasses", rating = 1, revealed = true })).EnsureSuccessStatusCode();
        }
        var page = await _browser.NewPageAsync(_app.BaseUrl);
        await BrowserTest.RunAsync(page, async () =>
        {
            await page.GotoAsync("/review/cards?sort=-stability");
            await Expect(page.Locator("[data-testid=cards] tbody tr").First).ToHaveAttributeAsync("data-question", "descriptors");
            await page.GotoAsync("/review/cards?sort=stability");
            await Expect(page.Locator("[data-testid=cards] tbody tr[data-question=descriptors]")).ToHaveCountAsync(1);
            await page.GetByLabel("State").SelectOptionAsync("learning");
            await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
            await Expect(page.Locator("[data-testid=cards] tbody tr[data-question=metaclasses]")).ToHaveCountAsync(1);
            await Expect(page.Locator("[data-testid=cards] tbody tr[data-question=descriptors]")).ToHaveCountAsync(0);
            await page.Locator("[data-testid=cards] a", new() { HasText = "Metaclasses" }).First.ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/questions/metaclasses"));
        });
    }
}
