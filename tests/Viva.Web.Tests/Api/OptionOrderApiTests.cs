using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Viva.Core.Bank;
using Viva.Web.Tests.Infrastructure;

namespace Viva.Web.Tests.Api;

/// <summary>
/// Choice options over HTTP: each learner (a cookie jar) gets its own stable order, the question page
/// and the API agree on it, and answers are graded by option id, never by position.
/// </summary>
public sealed partial class OptionOrderApiTests : IClassFixture<VivaAppFixture>
{
    private static readonly string[] Questions = ["descriptors", "context-managers", "asyncio-fundamentals", "generators", "decorators"];
    /// <summary>What "always pick the first" would post if answers were positions.</summary>
    private static readonly string[] FirstInFile = ["0"];
    private static readonly Lazy<QuestionBank> Bank = new(() => QuestionBank.Load([RepoPaths.Bank]));
    private readonly VivaAppFixture _app;

    public OptionOrderApiTests(VivaAppFixture app, ITestOutputHelper output)
    {
        _app = app;
        app.LogTo(output);
    }

    private static async Task<List<List<string>>> OrdersAsync(ApiClient client, string question)
    {
        var items = await client.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/quiz/items/{question}", UriKind.Relative));
        return [.. items.EnumerateArray().Where(i => i.TryGetProperty("options", out var o) && o.ValueKind == JsonValueKind.Array)
            .Select(i => i.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToList())];
    }

    [Fact]
    public async Task Two_learners_get_some_items_in_different_orders_and_each_keeps_its_own_across_calls()
    {
        using var a = new ApiClient(_app.BaseUrl);
        using var b = new ApiClient(_app.BaseUrl);
        var differing = 0;
        var items = 0;
        foreach (var question in Questions.Where(q => Bank.Value.Questions.Any(x => x.Id == q)))
        {
            var first = await OrdersAsync(a, question);
            Assert.Equal(first, await OrdersAsync(a, question));
            var other = await OrdersAsync(b, question);
            Assert.Equal(other, await OrdersAsync(b, question));
            // The same options, each once, in some order.
            Assert.Equal(first.Select(o => o.Order(StringComparer.Ordinal)), other.Select(o => o.Order(StringComparer.Ordinal)));
            items += first.Count;
            differing += first.Zip(other).Count(p => !p.First.SequenceEqual(p.Second));
        }
        Assert.True(items >= 6, $"only {items} choice items found");
        // Two independent orders of four or more options agree at most 1 time in 24.
        Assert.True(differing > 0, $"all {items} items came in the same order for both learners");
    }

    [Fact]
    public async Task The_first_response_sets_the_learner_cookie_and_already_shows_that_learners_order()
    {
        using var client = new ApiClient(_app.BaseUrl);
        using var response = await client.Http.GetAsync(new Uri("/questions/descriptors", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".viva.learner=", StringComparison.Ordinal));

        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        // The API, now with the cookie, gives the order the page was served in; so does a second view.
        var fromApi = await OrdersAsync(client, "descriptors");
        Assert.Equal(fromApi, PageOrders(html));
        Assert.Equal(fromApi, PageOrders(await client.Http.GetStringAsync(new Uri("/questions/descriptors", UriKind.Relative))));
    }

    [Fact]
    public async Task A_choice_is_graded_by_the_id_of_the_option_wherever_it_was_shown()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        var question = Bank.Value.Questions.Single(q => q.Id == "descriptors");
        var index = question.Quiz.ToList().FindIndex(i => i is ChoiceItem { MultipleAnswers: false });
        var item = (ChoiceItem)question.Quiz[index];
        var right = item.Options.Single(o => o.Correct).Id;
        var wrong = item.Options.First(o => !o.Correct).Id;

        using var correct = await client.PostJsonAsync("/api/quiz/answers", new { questionId = question.Id, itemIndex = index, selected = new[] { right } });
        using var incorrect = await client.PostJsonAsync("/api/quiz/answers", new { questionId = question.Id, itemIndex = index, selected = new[] { wrong } });
        using var byPosition = await client.PostJsonAsync("/api/quiz/answers", new { questionId = question.Id, itemIndex = index, selected = FirstInFile });
        using var twice = await client.PostJsonAsync("/api/quiz/answers", new { questionId = question.Id, itemIndex = index, selected = new[] { right, right } });
        using var none = await client.PostJsonAsync("/api/quiz/answers", new { questionId = question.Id, itemIndex = index, selected = Array.Empty<string>() });

        var body = await correct.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("correct").GetBoolean());
        Assert.False((await incorrect.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("correct").GetBoolean());
        // The options come back in this learner's order, with which is right.
        Assert.Equal((await OrdersAsync(client, question.Id))[ChoiceIndex(question, index)],
            body.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToList());
        Assert.Equal(right, body.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("correct").GetBoolean()).GetProperty("id").GetString());
        Assert.All(new[] { byPosition, twice, none }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        await using var db = _app.OpenDatabase();
        Assert.Equal([right, wrong], db.QuizAnswers.Where(a => a.QuestionId == question.Id && a.ItemIndex == index).OrderBy(a => a.Id).Select(a => a.Answer).ToList());
    }

    /// <summary>Which choice item (counting choice items only) the quiz item at <paramref name="index"/> is.</summary>
    private static int ChoiceIndex(Question question, int index) => question.Quiz.Take(index).Count(i => i is ChoiceItem);

    /// <summary>The option ids of each choice item, in the order the page shows them.</summary>
    private static List<List<string>> PageOrders(string html) =>
        [.. Fieldset().Matches(html).Select(f => OptionValue().Matches(f.Value).Select(m => m.Groups[1].Value).ToList()).Where(ids => ids.Count > 0)];

    [GeneratedRegex("<fieldset>.*?</fieldset>", RegexOptions.Singleline)]
    private static partial Regex Fieldset();

    [GeneratedRegex("<input type=\"(?:radio|checkbox)\" name=\"choice\" value=\"([0-9a-f]+)\"")]
    private static partial Regex OptionValue();
}
