using Microsoft.Playwright;
using Viva.Core.Bank;
using Viva.Web.Tests.Browser.Pages;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>
/// The user journey of issue 6, in Chromium against the real app with a fresh database; run once per
/// database the app supports (<see cref="JourneyTests"/> on SQLite, <see cref="PostgresJourneyTests"/>);
/// each derived class is also the IClassFixture of its TApp.
/// </summary>
public abstract class UserJourney<TApp> : IClassFixture<BrowserFixture> where TApp : VivaAppFixture
{
    private const string QuestionId = "async-generators-context-managers";
    private const string QuestionTitle = "Async generators, async iteration and async context managers";

    protected UserJourney(TApp app, BrowserFixture browser, ITestOutputHelper output)
    {
        App = app;
        Browser = browser;
        app.LogTo(output);
    }

    protected TApp App { get; }

    protected BrowserFixture Browser { get; }

    [Fact]
    public async Task A_new_user_studies_a_question_reviews_it_solves_an_exercise_and_takes_a_quiz()
    {
        var page = await Browser.NewPageAsync(App.BaseUrl, withAxe: true);
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
            await Expect(question.ExampleStatus(0)).ToContainTextAsync("finished");
            await question.EditExampleAsync(0, "print('edited', 6 * 7)");
            await question.RunExampleAsync(0);
            await Expect(question.ExampleOutput(0)).ToHaveTextAsync("edited 42\n");
            await question.EditExampleAsync(0, "print('<b id=\"injected\">bold</b>')");
            await question.RunExampleAsync(0);
            await Expect(question.ExampleOutput(0)).ToHaveTextAsync("<b id=\"injected\">bold</b>\n");
            await Expect(page.Locator("#injected")).ToHaveCountAsync(0);
            await BrowserTest.SnapAsync(page, "journey-1b-example", question.ExampleStatus(0));

            var choice = Question(QuestionId).Quiz.Select((item, index) => (item, index)).First(p => p.item is ChoiceItem { MultipleAnswers: false });
            var feedback = await question.AnswerChoiceAsync(choice.index, ((ChoiceItem)choice.item).Options.Single(o => o.Correct).Text);
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
            // Quiz scores and exercise results are on the progress page; legends name their series, not "--".
            await Expect(page.GetByTestId("quiz-scores").Locator("tbody tr")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("exercise-results").Locator("tbody tr").First).ToContainTextAsync("solved");
            await Expect(page.GetByTestId("mastery-explained")).ToContainTextAsync("counts 0");
            await Expect(page.Locator(".u-legend").First).Not.ToContainTextAsync("--");
            await Expect(page.GetByTestId("empty-retention")).ToBeVisibleAsync();
            await BrowserTest.SnapAsync(page, "journey-5-progress", page.Locator("#chart-mastery"));
        });
    }

    private static Question Question(string id) => QuestionBank.Load([RepoPaths.Bank]).Questions.Single(q => q.Id == id);

    private static Exercise Exercise(string id) => Question(id).Exercise!;

    private static string Solution(string id) => Exercise(id).Solution.Code;
}
