using Microsoft.Playwright;

namespace Viva.Web.Tests.Browser.Pages;

/// <summary>Quiz set-up, taking a quiz and its result.</summary>
internal sealed class QuizPage(IPage page)
{
    public async Task<QuizPage> OpenAsync()
    {
        await page.GotoAsync("/quiz");
        return this;
    }

    public ILocator Items => page.GetByTestId("quiz-item");

    public ILocator Score => page.GetByTestId("quiz-score");

    public ILocator PastQuizzes => page.GetByTestId("past-quizzes").Locator("tbody tr");

    public async Task StartAsync(int items)
    {
        await page.GetByLabel("Number of items").FillAsync(items.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the quiz" }).ClickAsync();
        await Items.First.WaitForAsync();
    }

    /// <summary>Gives some answer to every item (the first option, or a guess at the output) and submits.</summary>
    public async Task AnswerAllAndSubmitAsync()
    {
        var count = await Items.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var item = Items.Nth(i);
            if (await item.Locator("textarea").CountAsync() > 0)
                await item.Locator("textarea").FillAsync("None");
            else
                await item.Locator("input").First.CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit answers" }).ClickAsync();
        await Score.WaitForAsync();
    }
}
