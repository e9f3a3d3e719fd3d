using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Viva.Core.Bank;
using Viva.Core.Grading;
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
            await Expect(question.MatcherScore).ToContainTextAsync("%");
            await Expect(question.Point(1)).ToBeVisibleAsync();
            await question.RevealAnswerAsync();
            await Expect(question.Reveal.GetByRole(AriaRole.Heading, new() { Name = "Key points" })).ToBeVisibleAsync();
            await BrowserTest.SnapAsync(page, "journey-1-coverage", question.MatcherScore);
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

    [Fact]
    public async Task A_learner_changes_the_matchers_ticks_by_keyboard_and_mouse_and_the_confirmed_ticks_suggest_the_rating()
    {
        const string answer = "The GIL guards the interpreter's refcounts and allocator, not your multi-step updates. "
            + "It is released while a thread blocks on I/O or sleeps, so threads suit I/O-bound work.";
        var gil = Question("gil");
        var matcher = KeyPointChecklist.Ticks(RubricGrader.Grade(gil.KeyPoints, answer));
        Assert.Equal("1100000", KeyPointChecklist.Format(matcher)); // what this test starts from
        // Untick 1 (Space), tick 4 (its number key) and 3 (a click): the person's verdict, not the matcher's.
        bool[] confirmed = [false, true, true, true, false, false, false];
        var score = KeyPointChecklist.Score(gil.KeyPoints, confirmed);
        var suggested = RatingSuggestion.Suggest(score, 0, 0);
        Assert.NotEqual(RatingSuggestion.Suggest(KeyPointChecklist.Score(gil.KeyPoints, matcher), 0, 0), suggested);

        var page = await Browser.NewPageAsync(App.BaseUrl, withAxe: true);
        await BrowserTest.RunAsync(page, async () =>
        {
            var question = await new QuestionPage(page).OpenAsync("gil");
            await question.WriteAnswerAsync(answer);
            for (var n = 1; n <= matcher.Length; n++)
                await Expect(question.Point(n)).ToBeCheckedAsync(new() { Checked = matcher[n - 1] });
            await Expect(question.Evidence(1).Locator("mark").First).ToBeVisibleAsync();
            await Expect(question.Evidence(1)).ToContainTextAsync("refcounts and allocator");
            await Expect(question.Point(1)).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("refcounts"));
            await Axe.AssertNoSeriousViolationAsync(page, "written answer's checklist");
            await BrowserTest.SnapAsync(page, "checklist-1-pre-ticked", question.Checklist);

            // The number keys are app.js's: wait until the new document's scripts have run, or a key can be lost.
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.Load);
            await page.GetByRole(AriaRole.Button, new() { Name = "Check my answer" }).FocusAsync();
            await page.Keyboard.PressAsync("Tab");
            await Expect(question.Point(1)).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Space");
            await Expect(question.Point(1)).Not.ToBeCheckedAsync();
            await page.Keyboard.PressAsync("4");
            await Expect(question.Point(4)).ToBeCheckedAsync();
            await Expect(question.Point(4)).ToBeFocusedAsync();
            await question.Checklist.Locator("label[for='checklist-3']").ClickAsync();
            await Expect(question.Point(3)).ToBeCheckedAsync();
            // A digit typed as text is text: it ticks nothing.
            await page.GetByLabel("Write your answer first").PressAsync("5");
            await Expect(question.Point(5)).Not.ToBeCheckedAsync();
            await BrowserTest.SnapAsync(page, "checklist-2-changed", question.Checklist);

            await question.ConfirmAsync();
            await Expect(question.ConfirmedScore).ToHaveTextAsync($"{score}%");
            await Expect(page.GetByTestId("checklist-result")).ToContainTextAsync("the matcher had ticked it");
            await Expect(page.GetByTestId("rating-form").Locator("legend")).ToContainTextAsync($"Suggested: {suggested}.");
            await Axe.AssertNoSeriousViolationAsync(page, "confirmed checklist with the rating form");
            await BrowserTest.SnapAsync(page, "checklist-3-confirmed", page.GetByTestId("checklist-result"));

            await using var db = App.OpenDatabase();
            var stored = await db.WrittenAnswers.AsNoTracking().Where(a => a.QuestionId == "gil").OrderBy(a => a.Id).LastAsync();
            Assert.Equal((answer, KeyPointChecklist.Format(matcher), KeyPointChecklist.Format(confirmed), score, "web"),
                (stored.Answer, stored.MatcherTicks, stored.ConfirmedTicks, stored.Score, stored.Source));
        });
    }

    private static Question Question(string id) => QuestionBank.Load([RepoPaths.Bank]).Questions.Single(q => q.Id == id);

    private static Exercise Exercise(string id) => Question(id).Exercise!;

    private static string Solution(string id) => Exercise(id).Solution.Code;
}
