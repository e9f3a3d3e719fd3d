using Microsoft.Playwright;
using Viva.Web.Tests.Browser.Pages;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>
/// A screenshot of every page in light, dark and at 390 px wide, into artifacts/screenshots/pages, for a
/// person to look at before a change to the pages lands. Slow and judged by eye, so it runs only when
/// asked: <c>VIVA_SCREENSHOTS=1 dotnet test tests/Viva.Web.Tests -c Release --filter ScreenshotTests</c>.
/// </summary>
public sealed class ScreenshotTests : IClassFixture<VivaAppFixture>, IClassFixture<BrowserFixture>
{
    private readonly VivaAppFixture _app;
    private readonly BrowserFixture _browser;

    public ScreenshotTests(VivaAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    {
        _app = app;
        _browser = browser;
        app.LogTo(output);
    }

    /// <summary>A theory that is skipped unless VIVA_SCREENSHOTS is set.</summary>
    private sealed class ScreenshotTheoryAttribute : TheoryAttribute
    {
        public ScreenshotTheoryAttribute()
        {
            if (Environment.GetEnvironmentVariable("VIVA_SCREENSHOTS") is not { Length: > 0 })
                Skip = "screenshots for a person to look at: set VIVA_SCREENSHOTS=1";
        }
    }

    [ScreenshotTheory]
    [InlineData("light", 1200, false)]
    [InlineData("dark", 1200, true)]
    [InlineData("phone", 390, false)]
    public async Task Every_page_is_photographed(string variant, int width, bool dark)
    {
        var dir = Path.Combine(RepoPaths.Screenshots, "pages");
        Directory.CreateDirectory(dir);
        var page = await _browser.NewPageAsync(_app.BaseUrl, width: width, dark: dark);
        async Task Snap(string name, bool fullPage = true) =>
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, $"{name}-{variant}.png"), FullPage = fullPage, Timeout = 120_000 });
        await BrowserTest.RunAsync(page, async () =>
        {
            foreach (var (name, path) in (ValueTuple<string, string>[])[("home", "/"), ("search", "/search?q=generator"), ("question", "/questions/generators"),
                ("review", "/review"), ("review-cards", "/review/cards"), ("exercises", "/exercises"), ("exercise", "/exercises/generators"),
                ("progress", "/progress"), ("not-found", "/nope")])
            {
                await page.GotoAsync(path);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                await Snap(name);
            }

            var quiz = await new QuizPage(page).OpenAsync();
            await Snap("quiz-setup");
            await quiz.StartAsync(3);
            await Snap("quiz-running");
            await quiz.AnswerAllAndSubmitAsync();
            await Snap("quiz-result");

            await page.GotoAsync("/api-reference");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Viva study room API" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Snap("api-reference", fullPage: false);

            // The stale-form page: an answer posted with a token the server cannot validate.
            await new QuestionPage(page).OpenAsync("generators");
            await page.GetByLabel("Write your answer first").FillAsync("A generator runs lazily, one yield at a time.");
            await page.Locator("form:has(#answer) input[name='__RequestVerificationToken']").EvaluateAsync("e => e.value = e.value.slice(0, -4) + 'AAAA'");
            await page.GetByRole(AriaRole.Button, new() { Name = "Check my answer" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Please send it again" })).ToBeVisibleAsync();
            await Snap("form-expired");
        }, "screenshots-" + variant);
    }
}
