using Microsoft.Playwright;
using Viva.Core.Bank;
using Viva.Web.Tests.Browser.Pages;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>The user journey of issue 6, in Chromium against the real app with a fresh database.</summary>
public sealed class JourneyTests : IClassFixture<VivaAppFixture>, IClassFixture<BrowserFixture>
{
    private const string QuestionId = "async-generators-context-managers";
    private const string QuestionTitle = "Async generators, async iteration and async context managers";
    private readonly VivaAppFixture _app;
    private readonly BrowserFixture _browser;

    public JourneyTests(VivaAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    {
        _app = app;
        _browser = browser;
        app.LogTo(output);
    }

    [Fact]
    public async Task A_new_user_studies_a_question_reviews_it_solves_an_exercise_and_takes_a_quiz()
    {
        var page = await _browser.NewPageAsync(_app.BaseUrl, withAxe: true);
        await BrowserTest.RunAsync(page, async () =>
        {
            var search = await (await new HomePage(page).OpenAsync()).SearchAsync("async generators");
            await Expect(search.Results.First).ToBeVisibleAsync();
            var question = await search.OpenResultAsync(QuestionTitle);

            await question.WriteAnswerAsync("An async generator is closed with `aclose`; use `contextlib.aclosing` so its finally runs at once.");
            await Expect(question.CoverageScore).ToContainTextAsync("%");
            await Expect(question.Coverage.First).ToBeVisibleAsync();
            await question.RevealAnswerAsync();
            await Expect(question.Reveal.GetByRole(AriaRole.Heading, new() { Name = "Key points" })).ToBeVisibleAsync();
            await BrowserTest.SnapAsync(page, "journey-1-coverage", question.CoverageScore);
            await Axe.AssertNoSeriousViolationAsync(page, "question page with coverage and the answer shown");

            await question.RunExampleAsync(0);
            await Expect(question.ExampleStatus(0)).ToContainTextAsync("ok");
            await question.EditExampleAsync(0, "print('edited', 6 * 7)");
            await question.RunExampleAsync(0);
            await Expect(question.ExampleOutput(0)).ToHaveTextAsync("edited 42\n");
            await question.EditExampleAsync(0, "print('<b id=\"injected\">bold</b>')");
            await question.RunExampleAsync(0);
            await Expect(question.ExampleOutput(0)).ToHaveTextAsync("<b id=\"injected\">bold</b>\n");
            await Expect(page.Locator("#injected")).ToHaveCountAsync(0);
            await BrowserTest.SnapAsync(page, "journey-1b-example", question.ExampleStatus(0));

            var feedback = await question.AnswerChoiceAsync(item: 1, option: 0);
            await Expect(feedback).ToContainTextAsync("Correct");
            await BrowserTest.SnapAsync(page, "journey-2-quiz-item", feedback);

            await question.RateAsync(3);
            Assert.NotEqual(QuestionId, await new ReviewPage(page).OpenAsync().ContinueWith(t => t.Result.CurrentQuestionAsync()).Unwrap());

            var exercise = await new ExercisePage(page).OpenAsync(QuestionId);
            await Expect(exercise.Solution).ToHaveCountAsync(0);
            await exercise.SubmitAsync(Solution(QuestionId));
            await Expect(exercise.Verdicts.Locator(".mark")).Not.ToContainTextAsync(["✗"]);
            await Expect(page.Locator("#results-title")).ToContainTextAsync("passed");
            await Expect(exercise.Solution).ToBeVisibleAsync();
            var html = await page.ContentAsync();
            Assert.All(Exercise(QuestionId).Tests, t => Assert.DoesNotContain(t.Code.Code.Trim().Split('\n')[0], html, StringComparison.Ordinal));
            await BrowserTest.SnapAsync(page, "journey-3-exercise", exercise.Verdicts.First);
            await Axe.AssertNoSeriousViolationAsync(page, "exercise with results and solution");

            var quiz = await new QuizPage(page).OpenAsync();
            await quiz.StartAsync(items: 5);
            await Expect(quiz.Items).ToHaveCountAsync(5);
            await Axe.AssertNoSeriousViolationAsync(page, "quiz in progress");
            await quiz.AnswerAllAndSubmitAsync();
            await Expect(quiz.Score).ToContainTextAsync("/5");
            await BrowserTest.SnapAsync(page, "journey-4-quiz-result", quiz.Score);
            await Axe.AssertNoSeriousViolationAsync(page, "quiz result");
            await quiz.OpenAsync();
            await Expect(quiz.PastQuizzes).ToHaveCountAsync(1);

            var progress = await new ProgressPage(page).OpenAsync();
            await Expect(progress.TotalReviews).ToHaveTextAsync("1");
            await Expect(progress.QuizzesTaken).ToHaveTextAsync("1");
            await Expect(progress.Charts).ToHaveCountAsync(4);
            await BrowserTest.SnapAsync(page, "journey-5-progress", page.Locator("#chart-mastery"));
        });
    }

    [Fact]
    public async Task Script_in_an_answer_is_shown_as_text_and_never_runs()
    {
        var page = await _browser.NewPageAsync(_app.BaseUrl);
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
        var page = await _browser.NewPageAsync(_app.BaseUrl, width: 375);
        await BrowserTest.RunAsync(page, async () =>
        {
            await new HomePage(page).OpenAsync();
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
            Assert.False(overflow, "the page scrolls sideways at 375 px");
        });
    }

    private static Exercise Exercise(string id) => QuestionBank.Load([RepoPaths.Bank]).Questions.Single(q => q.Id == id).Exercise!;

    private static string Solution(string id) => Exercise(id).Solution.Code;
}
