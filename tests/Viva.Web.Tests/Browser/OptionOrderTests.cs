using Viva.Core.Bank;
using Viva.Web.Tests.Browser.Pages;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>
/// Two browsers are two learners: each sees choice options in its own order, the same on every reload,
/// and picking the right option by its text is right whatever its place.
/// </summary>
public sealed class OptionOrderTests : IClassFixture<VivaAppFixture>, IClassFixture<BrowserFixture>
{
    private static readonly string[] QuestionIds = ["descriptors", "context-managers", "asyncio-fundamentals"];
    private readonly VivaAppFixture _app;
    private readonly BrowserFixture _browser;

    public OptionOrderTests(VivaAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    {
        _app = app;
        _browser = browser;
        app.LogTo(output);
    }

    [Fact]
    public async Task Two_browsers_see_their_own_stable_option_orders_and_the_right_option_is_right_in_each()
    {
        var bank = QuestionBank.Load([RepoPaths.Bank]);
        var questions = QuestionIds.Select(id => bank.Questions.Single(q => q.Id == id)).ToList();
        // Items with at least four options, so two browsers agree on one by chance at most 1 time in 24.
        var items = questions.SelectMany(q => q.Quiz.Select((item, index) => (Question: q, Index: index, Item: item as ChoiceItem)))
            .Where(x => x.Item is { Options.Count: >= 4 }).ToList();
        Assert.True(items.Count >= 4, $"only {items.Count} choice items with four or more options");

        var first = await _browser.NewPageAsync(_app.BaseUrl);
        var second = await _browser.NewPageAsync(_app.BaseUrl);
        var orders = new List<Dictionary<(string, int), IReadOnlyList<string>>>();
        foreach (var page in new[] { first, second })
        {
            var seen = new Dictionary<(string, int), IReadOnlyList<string>>();
            await BrowserTest.RunAsync(page, async () =>
            {
                foreach (var group in items.GroupBy(x => x.Question))
                {
                    var question = await new QuestionPage(page).OpenAsync(group.Key.Id);
                    foreach (var (_, index, item) in group)
                        seen[(group.Key.Id, index)] = await question.OptionTextsAsync(index);
                    await page.ReloadAsync();
                    foreach (var (_, index, _) in group)
                        Assert.Equal(seen[(group.Key.Id, index)], await question.OptionTextsAsync(index));
                    foreach (var (_, index, item) in group)
                        Assert.Equal(item!.Options.Select(o => QuestionPage.Shown(o.Text)).Order(StringComparer.Ordinal), seen[(group.Key.Id, index)].Select(t => t.Trim()).Order(StringComparer.Ordinal));
                }

                // The right option, found by its text wherever this browser shows it, is graded right.
                var (q, i, choice) = items.First(x => !x.Item!.MultipleAnswers);
                var feedback = await (await new QuestionPage(page).OpenAsync(q.Id)).AnswerChoiceAsync(i, choice!.Options.Single(o => o.Correct).Text);
                await Expect(feedback).ToContainTextAsync("Correct");
                var multi = items.First(x => x.Item!.MultipleAnswers);
                feedback = await (await new QuestionPage(page).OpenAsync(multi.Question.Id)).AnswerChoiceAsync(multi.Index, [.. multi.Item!.Options.Where(o => o.Correct).Select(o => o.Text)]);
                await Expect(feedback).ToContainTextAsync("Correct");
                // After Check the page lists the options in the same order as before.
                Assert.Equal(seen[(multi.Question.Id, multi.Index)], await new QuestionPage(page).OptionTextsAsync(multi.Index));
            });
            orders.Add(seen);
        }

        var differing = orders[0].Count(kv => !kv.Value.SequenceEqual(orders[1][kv.Key]));
        Assert.True(differing > 0, $"all {items.Count} items came in the same order in both browsers");
    }
}
