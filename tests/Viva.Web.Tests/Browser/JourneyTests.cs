using Microsoft.EntityFrameworkCore;
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
    public async Task An_example_runs_on_the_newest_python_it_holds_for_and_the_picker_runs_it_on_another()
    {
        var newest = Viva.Sandbox.PythonInterpreter.Installed()[^1];
        var page = await Browser.NewPageAsync(App.BaseUrl);
        await BrowserTest.RunAsync(page, async () =>
        {
            var question = await new QuestionPage(page).OpenAsync("gil");
            // The gil page's free-threading example needs 3.13; on python3 (3.11 here) it would fail.
            var example = await page.Locator(".code-island").EvaluateAllAsync<int>("els => els.findIndex(e => e.textContent.includes('_is_gil_enabled'))");
            Assert.True(example >= 0, "the gil page has an example that calls sys._is_gil_enabled");
            await Expect(question.ExamplePython(example)).ToHaveValueAsync($"{newest.Version.Major}.{newest.Version.Minor}");
            await question.RunExampleAsync(example);
            await Expect(question.ExampleStatus(example)).ToContainTextAsync($"Python {newest.Version.ToString(3)} · finished");

            await question.ExamplePython(example).SelectOptionAsync("3.11");
            await question.RunExampleAsync(example);
            await Expect(question.ExampleStatus(example)).ToContainTextAsync("Python 3.11");
            await Expect(question.ExampleStatus(example)).ToContainTextAsync("exit code 1");
        });
    }

    [Fact]
    public async Task Without_a_written_answer_the_revealed_key_points_are_the_checklist_with_nothing_ticked()
    {
        var page = await Browser.NewPageAsync(App.BaseUrl, withAxe: true);
        await BrowserTest.RunAsync(page, async () =>
        {
            var question = await new QuestionPage(page).OpenAsync("descriptors");
            await question.RevealAnswerAsync();
            await Expect(question.Checklist.Locator("legend")).ToHaveTextAsync("Which of these did you have in mind?");
            var boxes = question.Checklist.Locator("input[name='ticked']");
            var count = await boxes.CountAsync();
            Assert.True(count >= 3);
            for (var n = 1; n <= count; n++)
                await Expect(question.Point(n)).Not.ToBeCheckedAsync();
            await Axe.AssertNoSeriousViolationAsync(page, "revealed answer's checklist");

            // The number keys are app.js's: wait until the new document's scripts have run, or a key can be lost.
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.Load);
            await question.Point(2).FocusAsync();
            await page.Keyboard.PressAsync("Space");
            await page.Keyboard.PressAsync("1");
            await BrowserTest.SnapAsync(page, "checklist-thought", question.Checklist);
            await question.ConfirmAsync();
            await Expect(page.GetByTestId("checklist-result")).ToContainTextAsync("in mind");

            await using var db = App.OpenDatabase();
            var stored = await db.WrittenAnswers.AsNoTracking().SingleAsync(a => a.QuestionId == "descriptors");
            Assert.Null(stored.Answer);
            Assert.Null(stored.MatcherTicks);
            Assert.Null(stored.MatcherScore);
            Assert.Equal("11" + new string('0', count - 2), stored.ConfirmedTicks);
            await Expect(question.ConfirmedScore).ToHaveTextAsync($"{stored.Score}%");
        });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_written_answers_checklist_fits_a_phone_screen_in_either_theme(bool dark)
    {
        var page = await Browser.NewPageAsync(App.BaseUrl, withAxe: true, width: 390, dark: dark);
        await BrowserTest.RunAsync(page, async () =>
        {
            var question = await new QuestionPage(page).OpenAsync("gil");
            await question.WriteAnswerAsync("The GIL guards refcounts and the allocator (`sys._is_gil_enabled()` tells whether it is on). "
                + "A thread releases it while it blocks on I/O, so threads suit I/O-bound work; CPU-bound threads do not run in parallel.");
            // Measured once the page's scripts have built the editors (their first layout is not the page's).
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            var widest = await page.EvaluateAsync<string?>("""
                () => {
                  if (document.documentElement.scrollWidth <= window.innerWidth) return null;
                  const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth);
                  const last = wide[wide.length - 1];
                  return `${document.documentElement.scrollWidth} px wide; the innermost overflowing element: <${last?.tagName.toLowerCase()} class="${last?.className}">`;
                }
                """);
            Assert.True(widest is null, $"the checklist scrolls sideways at 390 px: {widest}");
            await Axe.AssertNoSeriousViolationAsync(page, $"checklist at 390 px ({(dark ? "dark" : "light")})");
            await BrowserTest.SnapAsync(page, $"checklist-390-{(dark ? "dark" : "light")}", question.Checklist);

            await question.ConfirmAsync();
            await Axe.AssertNoSeriousViolationAsync(page, $"confirmed checklist at 390 px ({(dark ? "dark" : "light")})");
            await BrowserTest.SnapAsync(page, $"checklist-390-{(dark ? "dark" : "light")}-confirmed", page.GetByTestId("checklist-result"));
        }, $"checklist-390-{(dark ? "dark" : "light")}-failed");
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
