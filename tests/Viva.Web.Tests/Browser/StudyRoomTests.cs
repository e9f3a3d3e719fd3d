using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Viva.Core.Bank;
using Viva.Web.Tests.Browser.Pages;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>
/// Issue 13, as a learner meets it: links that filter, styled errors that keep the learner's text,
/// bounded run output, quiz items graded in place (and without JavaScript), the exercise list and
/// give-up rules, search counts. Each test fails on the behaviour the issue reported.
/// </summary>
public sealed class StudyRoomTests : IClassFixture<VivaAppFixture>, IClassFixture<BrowserFixture>
{
    private const string QuestionId = "async-generators-context-managers";
    private static readonly QuestionBank Bank = QuestionBank.Load([RepoPaths.Bank]);
    private readonly VivaAppFixture _app;
    private readonly BrowserFixture _browser;

    public StudyRoomTests(VivaAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    {
        _app = app;
        _browser = browser;
        app.LogTo(output);
    }

    [Fact]
    public async Task A_topic_link_on_the_home_page_lists_that_topic_only()
    {
        var page = await _browser.NewPageAsync(_app.BaseUrl);
        await BrowserTest.RunAsync(page, async () =>
        {
            await new HomePage(page).OpenAsync();
            // The first topic of the biggest area: with the topic dropped it would list the whole area.
            var link = page.Locator("ul.topics a").First;
            var href = await link.GetAttributeAsync("href");
            Assert.DoesNotContain("amp;", href, StringComparison.Ordinal);
            await link.ClickAsync();
            var query = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query);
            var inTopic = Bank.Questions.Count(q => q.Area == query["area"] && q.Topic == query["topic"]);
            Assert.True(inTopic > 0, $"no question in {page.Url}");
            Assert.True(inTopic < Bank.Questions.Count(q => q.Area == query["area"]), "the topic is as big as its area: the test proves nothing");
            await Expect(page.GetByTestId("results").Locator("li")).ToHaveCountAsync(Math.Min(inTopic, 20));
            await Expect(page.GetByTestId("result-count")).ToHaveTextAsync(new Regex($"^{inTopic} results? in "));
        });
    }

    [Fact]
    public async Task An_unknown_address_gets_a_styled_404_with_search_and_a_way_home()
    {
        var page = await _browser.NewPageAsync(_app.BaseUrl, withAxe: true);
        await BrowserTest.RunAsync(page, async () =>
        {
            var response = await page.GotoAsync("/nope");
            Assert.Equal(404, response!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();
            await Expect(page.Locator("header.site nav")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Search)).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Back to the study room" })).ToHaveAttributeAsync("href", "/");
            await Axe.AssertNoSeriousViolationAsync(page, "404 page");
            await BrowserTest.SnapAsync(page, "issue13-404");
        });
    }

    [Fact]
    public async Task A_stale_form_shows_a_styled_page_that_keeps_the_text_and_sends_it_again()
    {
        var page = await _browser.NewPageAsync(_app.BaseUrl);
        await BrowserTest.RunAsync(page, async () =>
        {
            await new QuestionPage(page).OpenAsync(QuestionId);
            const string answer = "An async generator is closed with aclose; contextlib.aclosing runs its finally at once.";
            await page.GetByLabel("Write your answer first").FillAsync(answer);
            // What an expired token looks like to the server: one it cannot validate.
            await page.Locator("form:has(#answer) input[name='__RequestVerificationToken']").EvaluateAsync("e => e.value = e.value.slice(0, -4) + 'AAAA'");
            await page.GetByRole(AriaRole.Button, new() { Name = "Check my answer" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Please send it again" })).ToBeVisibleAsync();
            await Expect(page.GetByLabel("Your answer")).ToHaveValueAsync(answer);
            await BrowserTest.SnapAsync(page, "issue13-stale-form");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send again" }).ClickAsync();
            await Expect(page.GetByTestId("matcher-score")).ToContainTextAsync("%");
            await Expect(page.GetByLabel("Write your answer first")).ToHaveValueAsync(answer);
        });
    }

    [Fact]
    public async Task Run_output_is_clipped_in_a_scrolling_box_and_the_status_is_in_words()
    {
        var page = await _browser.NewPageAsync(_app.BaseUrl);
        await BrowserTest.RunAsync(page, async () =>
        {
            var question = await new QuestionPage(page).OpenAsync(QuestionId);
            var island = page.Locator(".code-island").First;
            await question.EditExampleAsync(0, "print('x' * 2_000_000)");
            await question.RunExampleAsync(0);
            await Expect(question.ExampleStatus(0)).ToContainTextAsync("stopped: printed more than 1 MiB");
            await Expect(question.ExampleStatus(0)).Not.ToContainTextAsync("outputLimit");
            await Expect(island.Locator(".run-note")).ToContainTextAsync(new Regex(@"truncated: showing the first 64 KB of \d"));
            var box = await question.ExampleOutput(0).EvaluateAsync<int[]>("e => [e.clientHeight, e.scrollHeight]");
            Assert.True(box[0] < 800 && box[1] > box[0], $"the output box is {box[0]} px high for {box[1]} px of text");
            var pageHeight = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
            Assert.True(pageHeight < 20_000, $"the page is {pageHeight} px long");
            await BrowserTest.SnapAsync(page, "issue13-clipped-output", question.ExampleStatus(0));

            // Standard input, Ctrl+Enter, the diff against the expected output, then Reset.
            await island.Locator("details.stdin summary").ClickAsync();
            await island.Locator("[data-stdin]").FillAsync("abc");
            await question.EditExampleAsync(0, "print(input()[::-1])");
            await page.Keyboard.PressAsync("Control+Enter");
            await Expect(question.ExampleOutput(0)).ToHaveTextAsync("cba\n");
            await Expect(question.ExampleStatus(0)).ToContainTextAsync("finished");
            await Expect(island.Locator(".run-diff")).ToContainTextAsync("Differs from the expected output");
            await Expect(island.Locator(".run-diff .diff-ins")).ToContainTextAsync("cba");
            await island.GetByRole(AriaRole.Button, new() { Name = "Reset code" }).ClickAsync();
            var original = Bank.Questions.Single(q => q.Id == QuestionId).Examples[0].Code.Code;
            Assert.Equal(original.TrimEnd(), (await page.Locator("#example-0-code").InputValueAsync()).TrimEnd());
            await question.RunExampleAsync(0);
            await Expect(island.Locator(".run-diff")).ToContainTextAsync("Same as the expected output");
        });
    }

    [Fact]
    public async Task Run_output_shows_while_the_program_runs()
    {
        var page = await _browser.NewPageAsync(_app.BaseUrl);
        await BrowserTest.RunAsync(page, async () =>
        {
            var question = await new QuestionPage(page).OpenAsync(QuestionId);
            await question.EditExampleAsync(0, "import time\nprint('first', flush=True)\ntime.sleep(4)\nprint('second')");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.Locator(".code-island").First.GetByRole(AriaRole.Button, new() { Name = "Run" }).ClickAsync();

            await Expect(question.ExampleOutput(0)).ToHaveTextAsync("first\n", new() { Timeout = 30_000 });
            Assert.Equal("Running…", await question.ExampleStatus(0).InnerTextAsync()); // shown before the program ended
            await Expect(question.ExampleStatus(0)).ToContainTextAsync(" ms", new() { Timeout = 30_000 });
            await Expect(question.ExampleOutput(0)).ToHaveTextAsync("first\nsecond\n");
        });
    }

    [Fact]
    public async Task Quiz_items_grade_in_place_keep_their_results_and_refuse_an_empty_answer()
    {
        var page = await _browser.NewPageAsync(_app.BaseUrl, withAxe: true);
        await BrowserTest.RunAsync(page, async () =>
        {
            var question = Bank.Questions.Single(q => q.Id == QuestionId);
            var predict = question.Quiz.Select((item, index) => (item, index)).First(p => p.item is PredictItem);
            var choice = question.Quiz.Select((item, index) => (item, index)).First(p => p.item is ChoiceItem { MultipleAnswers: false });
            await new QuestionPage(page).OpenAsync(QuestionId);
            await page.EvaluateAsync("() => window.stillTheSamePage = true");

            var empty = page.GetByTestId($"quiz-item-{choice.index}");
            await empty.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
            await Expect(empty.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose an option first");
            await Expect(empty.Locator(".feedback")).ToHaveCountAsync(0);

            var predictForm = page.GetByTestId($"quiz-item-{predict.index}");
            await predictForm.Locator("textarea").FillAsync("my guess");
            await predictForm.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
            await Expect(predictForm.Locator(".feedback")).ToContainTextAsync("Not quite");
            await Expect(predictForm.GetByTestId("your-answer")).ToHaveTextAsync("my guess");

            var feedback = await new QuestionPage(page).AnswerChoiceAsync(choice.index, ((ChoiceItem)choice.item).Options.Single(o => o.Correct).Text);
            await Expect(feedback).ToContainTextAsync("Correct");
            // The earlier item keeps its grading, and the page never reloaded (nor jumped to the top).
            await Expect(predictForm.Locator(".feedback")).ToContainTextAsync("Not quite");
            Assert.True(await page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "the page reloaded");
            Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0, "the page jumped to the top");
            await Axe.AssertNoSeriousViolationAsync(page, "question page with graded quiz items");
            await BrowserTest.SnapAsync(page, "issue13-quiz-in-place", feedback);

            await using var db = _app.OpenDatabase();
            var stored = await db.QuizAnswers.Where(a => a.QuestionId == QuestionId).ToListAsync();
            Assert.Equal(2, stored.Count);
            Assert.DoesNotContain(stored, a => a.Answer.Length == 0);
        });
    }

    [Fact]
    public async Task Without_javascript_no_dead_run_button_shows_and_quiz_items_post_back_to_their_anchor_keeping_earlier_results()
    {
        var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await BrowserTest.RunAsync(page, async () =>
        {
            const string question = "generators";
            var item = Bank.Questions.Single(q => q.Id == question).Quiz.Select((it, index) => (it, index)).Last(p => p.it is PredictItem);
            await page.GotoAsync($"/questions/{question}");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true })).ToHaveCountAsync(0);

            var form = page.GetByTestId($"quiz-item-{item.index}");
            await form.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
            await Expect(page.GetByTestId($"quiz-item-{item.index}").GetByRole(AriaRole.Alert)).ToContainTextAsync("Write what it prints first");
            await using (var db = _app.OpenDatabase())
                Assert.False(await db.QuizAnswers.AnyAsync(a => a.QuestionId == question));

            await page.GetByTestId($"quiz-item-{item.index}").Locator("textarea").FillAsync("a wrong guess");
            await page.GetByTestId($"quiz-item-{item.index}").GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($@"\?answered={item.index}#quiz-item-{item.index}$"));
            var graded = page.GetByTestId($"quiz-item-{item.index}");
            await Expect(graded.Locator(".feedback")).ToContainTextAsync("Not quite");
            await Expect(graded.GetByTestId("your-answer")).ToHaveTextAsync("a wrong guess");
            Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0, "the page did not come back at the item");

            // A second item, then an empty post of a third: each earlier item keeps its grading throughout.
            var choice = Bank.Questions.Single(q => q.Id == question).Quiz.Select((it, index) => (it, index)).First(p => p.it is ChoiceItem { MultipleAnswers: false });
            var feedback = await new QuestionPage(page).AnswerChoiceAsync(choice.index, ((ChoiceItem)choice.it).Options.Single(o => o.Correct).Text);
            await Expect(page).ToHaveURLAsync(new Regex($@"\?answered={item.index}&answered={choice.index}#quiz-item-{choice.index}$"));
            await Expect(feedback).ToContainTextAsync("Correct");
            await Expect(graded.Locator(".feedback")).ToContainTextAsync("Not quite");
            await Expect(graded.GetByTestId("your-answer")).ToHaveTextAsync("a wrong guess");
            var other = Bank.Questions.Single(q => q.Id == question).Quiz.Select((it, index) => (it, index)).First(p => p.it is PredictItem && p.index != item.index);
            await page.GetByTestId($"quiz-item-{other.index}").GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
            await Expect(page.GetByTestId($"quiz-item-{other.index}").GetByRole(AriaRole.Alert)).ToContainTextAsync("Write what it prints first");
            await Expect(graded.Locator(".feedback")).ToContainTextAsync("Not quite");
            await Expect(page.GetByTestId($"quiz-item-{choice.index}").Locator(".feedback")).ToContainTextAsync("Correct");
            await BrowserTest.SnapAsync(page, "issue13-quiz-no-js", graded);

            // The plain address is still the shared template: no results on it.
            await page.GotoAsync($"/questions/{question}");
            await Expect(page.Locator(".feedback")).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task Giving_up_asks_first_and_a_pass_after_it_is_recorded_as_given_up_in_the_exercise_list()
    {
        var page = await _browser.NewPageAsync(_app.BaseUrl, withAxe: true);
        await BrowserTest.RunAsync(page, async () =>
        {
            await page.GotoAsync("/exercises");
            var exercises = Bank.Questions.Count(q => q.Exercise is not null);
            await Expect(page.GetByTestId("exercises").Locator("tbody tr")).ToHaveCountAsync(exercises);
            await Expect(page.Locator($"tr:has(a[href='/exercises/{QuestionId}'])")).ToHaveAttributeAsync("data-status", "new");
            await Axe.AssertNoSeriousViolationAsync(page, "exercise list");
            await BrowserTest.SnapAsync(page, "issue13-exercises");

            var exercise = await new ExercisePage(page).OpenAsync(QuestionId);
            // Run on my own input records nothing.
            await page.Locator(".cm-content").ClickAsync();
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.InsertTextAsync("print(input().upper())");
            await page.Locator("details.stdin summary").ClickAsync();
            await page.Locator("[data-stdin]").FillAsync("hello");
            await page.GetByRole(AriaRole.Button, new() { Name = "Run on my input" }).ClickAsync();
            await Expect(page.Locator(".run-stdout")).ToHaveTextAsync("HELLO\n");

            await page.GetByRole(AriaRole.Button, new() { Name = "Give up…" }).ClickAsync();
            await Expect(page.GetByTestId("confirm-give-up")).ToBeVisibleAsync();
            await Expect(exercise.Solution).ToHaveCountAsync(0);
            await page.GetByRole(AriaRole.Button, new() { Name = "Yes, show the solution" }).ClickAsync();
            await Expect(exercise.Solution).ToBeVisibleAsync();

            await exercise.SubmitAsync(Bank.Questions.Single(q => q.Id == QuestionId).Exercise!.Solution.Code);
            await Expect(page.Locator("#results-title")).ToContainTextAsync("passed");
            await Expect(page.Locator("table").Last).ToContainTextAsync("after giving up");
            await using (var db = _app.OpenDatabase())
            {
                var attempts = await db.ExerciseAttempts.Where(a => a.QuestionId == QuestionId).ToListAsync();
                Assert.Equal(2, attempts.Count);
                Assert.All(attempts, a => Assert.True(a.GaveUp));
                Assert.Contains(attempts, a => a.Total > 0 && a.Passed == a.Total);
            }

            await page.GotoAsync("/exercises?status=given-up");
            await Expect(page.GetByTestId("exercises").Locator("tbody tr")).ToHaveCountAsync(1);
            await Expect(page.Locator($"tr:has(a[href='/exercises/{QuestionId}']) td").Last).ToHaveTextAsync("given up");
            await page.GotoAsync("/exercises?status=solved");
            await Expect(page.GetByTestId("exercises")).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task A_submission_that_fails_a_test_gets_explain_your_code_follow_ups_about_its_own_code()
    {
        // A wrong solution of the bank's: its own identifiers, and a hidden test it fails.
        var exercise = Bank.Questions.First(q => q.Exercise is { WrongSolutions.Count: > 0 }).Exercise!;
        var question = Bank.Questions.First(q => q.Exercise == exercise);
        var wrong = exercise.WrongSolutions[0].Code.Code;
        var page = await _browser.NewPageAsync(_app.BaseUrl, withAxe: true);
        await BrowserTest.RunAsync(page, async () =>
        {
            var form = await new ExercisePage(page).OpenAsync(question.Id);
            await form.SubmitAsync(wrong);
            var failed = await page.Locator("[data-testid=verdicts] li.fail strong").AllInnerTextsAsync();
            Assert.NotEmpty(failed);

            var followups = page.GetByTestId("explain-your-code").Locator("li");
            Assert.InRange(await followups.CountAsync(), 3, 5);
            await Expect(followups.First).ToContainTextAsync(failed[0]);
            foreach (var quoted in await page.GetByTestId("explain-your-code").Locator("li [data-followup] code").AllInnerTextsAsync())
                Assert.True(wrong.Contains(quoted, StringComparison.Ordinal) || failed.Contains(quoted), $"'{quoted}' is neither in the code nor a failed test");
            await Axe.AssertNoSeriousViolationAsync(page, "exercise with follow-ups");
            await BrowserTest.SnapAsync(page, "issue15-explain-your-code", page.GetByTestId("explain-your-code"));
        });
    }

    [Fact]
    public async Task Search_counts_every_match_pages_them_filters_by_topic_and_hints_on_none()
    {
        var page = await _browser.NewPageAsync(_app.BaseUrl);
        await BrowserTest.RunAsync(page, async () =>
        {
            await page.GotoAsync("/search");
            var total = Bank.Questions.Count;
            await Expect(page.GetByTestId("result-count")).ToHaveTextAsync($"{total} results, showing 1–20");
            await page.GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync();
            await Expect(page.GetByTestId("result-count")).ToHaveTextAsync($"{total} results, showing 21–40");

            var topic = Bank.Questions[0];
            await page.GotoAsync($"/search?topic={topic.Topic}");
            await Expect(page.GetByTestId("results").Locator("li")).ToHaveCountAsync(Bank.Questions.Count(q => q.Topic == topic.Topic));

            await page.GotoAsync("/search?q=zzqqxx&area=" + topic.Area);
            await Expect(page.GetByTestId("result-count")).ToHaveTextAsync(new Regex("^0 results"));
            await Expect(page.GetByTestId("no-results")).ToContainTextAsync("Search every area, topic and level");
            await BrowserTest.SnapAsync(page, "issue13-search-none");
        });
    }
}
