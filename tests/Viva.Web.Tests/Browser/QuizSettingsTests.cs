using Microsoft.Playwright;
using Viva.Web.Tests.Browser.Pages;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>Setting up a timed quiz: counts said, not clamped silently; topics by title; every kind of item drawn; the timer in view.</summary>
public sealed class QuizSettingsTests : IClassFixture<VivaAppFixture>, IClassFixture<BrowserFixture>
{
    private const string GilTopic = "The GIL and free-threading";
    private readonly VivaAppFixture _app;
    private readonly BrowserFixture _browser;

    public QuizSettingsTests(VivaAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    {
        _app = app;
        _browser = browser;
        app.LogTo(output);
    }

    [Fact]
    public async Task Asking_for_more_items_than_match_says_how_many_are_available_and_names_the_topic()
    {
        var page = await _browser.NewPageAsync(_app.BaseUrl);
        await BrowserTest.RunAsync(page, async () =>
        {
            var quiz = await new QuizPage(page).OpenAsync();
            await page.GetByLabel("Topic").SelectOptionAsync(new SelectOptionValue { Label = GilTopic });
            await quiz.StartAsync(50);
            // The gil question has four quiz items: one predict, two single choice, one multiple choice.
            await Expect(quiz.Items).ToHaveCountAsync(4);
            var settings = page.Locator("p.meta").First;
            await Expect(settings).ToContainTextAsync(GilTopic);
            await Expect(settings).ToContainTextAsync("4 items (you asked for 50; only 4 match)");
            await Expect(settings).Not.ToContainTextAsync("· gil ·");
        });
    }

    [Fact]
    public async Task A_short_quiz_draws_every_kind_of_item_and_keeps_its_timer_in_view()
    {
        var page = await _browser.NewPageAsync(_app.BaseUrl, width: 390);
        await BrowserTest.RunAsync(page, async () =>
        {
            var quiz = await new QuizPage(page).OpenAsync();
            await page.GetByLabel("Topic").SelectOptionAsync(new SelectOptionValue { Label = GilTopic });
            await quiz.StartAsync(3);
            await Expect(quiz.Items).ToHaveCountAsync(3);
            await Expect(page.Locator("p.meta").First).ToContainTextAsync("3 items");
            // Three items from three kinds: a prediction, a single choice and a multiple choice, whatever the draw.
            await Expect(quiz.Items.Locator("textarea")).ToHaveCountAsync(1);
            Assert.True(await quiz.Items.Filter(new() { Has = page.Locator("input[type=radio]") }).CountAsync() == 1, "one single-choice item");
            Assert.True(await quiz.Items.Filter(new() { Has = page.Locator("input[type=checkbox]") }).CountAsync() == 1, "one multiple-choice item");

            await page.Locator("button[type=submit]").ScrollIntoViewIfNeededAsync();
            var timerTop = await page.Locator(".quiz-timer").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
            Assert.InRange(timerTop, -1, 5);
            await Expect(page.Locator(".quiz-timer")).ToBeInViewportAsync();
        });
    }
}
