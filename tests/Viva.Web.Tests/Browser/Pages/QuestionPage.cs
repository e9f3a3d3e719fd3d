using Microsoft.Playwright;

namespace Viva.Web.Tests.Browser.Pages;

/// <summary>A question: answer box and key-point checklist, the reveal, runnable examples, quiz items and the rating buttons.</summary>
internal sealed class QuestionPage(IPage page)
{
    public async Task<QuestionPage> OpenAsync(string id)
    {
        await page.GotoAsync($"/questions/{id}");
        return this;
    }

    /// <summary>The matcher's score of a written answer: a hint, shown above its checklist.</summary>
    public ILocator MatcherScore => page.GetByTestId("matcher-score");

    /// <summary>The key-point checklist: a written answer's, or the revealed answer's when nothing was written.</summary>
    public ILocator Checklist => page.GetByTestId("checklist");

    /// <summary>Key point <paramref name="number"/>'s checkbox (numbered from 1).</summary>
    public ILocator Point(int number) => Checklist.Locator($"input[name='ticked'][value='{number}']");

    /// <summary>The sentence the matcher found for key point <paramref name="number"/>, matched words marked.</summary>
    public ILocator Evidence(int number) => page.Locator($"#checklist-{number}-why");

    public ILocator ConfirmedScore => page.GetByTestId("confirmed-score");

    public async Task ConfirmAsync()
    {
        await Checklist.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await ConfirmedScore.WaitForAsync();
    }

    public ILocator Reveal => page.Locator("details.reveal");

    public async Task WriteAnswerAsync(string answer)
    {
        await page.GetByLabel("Write your answer first").FillAsync(answer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check my answer" }).ClickAsync();
        await MatcherScore.WaitForAsync();
    }

    public async Task RevealAnswerAsync()
    {
        if (await Reveal.GetAttributeAsync("open") is null)
            await Reveal.Locator(":scope > summary").ClickAsync();
    }

    private ILocator Example(int index) => page.Locator(".code-island").Nth(index);

    public ILocator ExampleStatus(int index) => Example(index).Locator(".run-status");

    public ILocator ExampleOutput(int index) => Example(index).Locator(".run-stdout");

    public async Task RunExampleAsync(int index)
    {
        var run = Example(index).GetByRole(AriaRole.Button, new() { Name = "Run" });
        // A CI screenshot showed a click that started nothing: the button enabled, no result, 60 s later. The editors
        // measure themselves a frame after they are built, and the page's height can shift under a click in flight.
        // Clicked once the page is settled, and again if the run did not start.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        for (var attempt = 1; ; attempt++)
        {
            await run.ClickAsync();
            var started = Example(index).Locator(".run-result:not([hidden])");
            try
            {
                await started.WaitForAsync(new() { Timeout = 5_000 });
            }
            catch (TimeoutException) when (attempt == 1)
            {
                continue;
            }
            // The first run on a Python other than the default starts that version's sandbox pool: on a loaded
            // 2-core machine that has taken over 20 s (a run's own time-out is 5 s; this waits for the pool).
            var ended = page.Locator(".code-island").Nth(index).Locator(".run-status").Filter(new() { HasTextRegex = new(" ms$|busy|unavailable|[Ee]rror") });
            await ended.WaitForAsync(new() { Timeout = 60_000 });
            var status = await ExampleStatus(index).InnerTextAsync();
            // A CI machine running the bank's 2,318 checks beside the browser tests once starved a trivial run past
            // its 5 s limit, or filled the queue: the sandbox said so, which is right, but it is not what these
            // tests are about. One more try; a second such answer fails the test with the status in its message.
            if (attempt == 1 && (status.Contains("ran out of time", StringComparison.Ordinal) || status.Contains("busy", StringComparison.Ordinal)))
                continue;
            Assert.True(status.EndsWith(" ms", StringComparison.Ordinal), $"example {index} did not run: \"{status}\"");
            return;
        }
    }

    public ILocator ExamplePython(int index) => Example(index).Locator("select[data-python]");

    /// <summary>Replaces the example's code in the editor the way a paste does (no auto-indent of each typed line).</summary>
    public async Task EditExampleAsync(int index, string code)
    {
        await Example(index).Locator(".cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(code);
    }

    /// <summary>Picks options by their text (as the bank writes it; code spans lose their backticks on the page), checks, returns the feedback.</summary>
    public async Task<ILocator> AnswerChoiceAsync(int item, params string[] options)
    {
        var form = page.GetByTestId($"quiz-item-{item}");
        foreach (var option in options)
            await form.Locator("label.option").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex($@"^\s*{System.Text.RegularExpressions.Regex.Escape(Shown(option))}\s*$") }).Locator("input").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        return page.GetByTestId($"quiz-item-{item}").GetByRole(AriaRole.Status);
    }

    /// <summary>The texts of an item's options, in the order shown.</summary>
    public async Task<IReadOnlyList<string>> OptionTextsAsync(int item) =>
        await page.GetByTestId($"quiz-item-{item}").Locator("label.option").AllInnerTextsAsync();

    public static string Shown(string markdown) => markdown.Replace("`", "", StringComparison.Ordinal).Trim();

    /// <summary>Rates the card once its button shows the interval it would schedule (filled in after load).</summary>
    public async Task RateAsync(int rating)
    {
        var button = page.GetByTestId("rating-form").Locator($"button[data-rating='{rating}']");
        await Assertions.Expect(button.Locator("small")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+(\.\d)?(m|h|d|mo|y)$"));
        await button.ClickAsync();
        await page.GetByTestId("saved").WaitForAsync();
    }
}
