using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Web.Tests.Infrastructure;

namespace Viva.Web.Tests.Api;

/// <summary>
/// The key-point checklist over HTTP: <c>POST /api/answers</c> and the question page's plain forms. The
/// matcher only hints; what is stored and what the rating suggestion comes from is the person's ticks.
/// </summary>
public sealed class AnswerApiTests : IClassFixture<VivaAppFixture>
{
    private readonly VivaAppFixture _app;

    public AnswerApiTests(VivaAppFixture app, ITestOutputHelper output)
    {
        _app = app;
        app.LogTo(output);
    }

    private static readonly Question Gil = QuestionBank.Load([RepoPaths.Bank]).Questions.Single(q => q.Id == "gil");

    [Fact]
    public async Task A_confirmed_checklist_is_stored_with_the_matchers_ticks_beside_the_persons()
    {
        const string answer = "The GIL guards the interpreter's refcounts and allocator, not your multi-step updates. "
            + "It is released while a thread blocks on I/O or sleeps, so threads suit I/O-bound work.";
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        var hint = await (await client.PostJsonAsync("/api/answers/grade", new { questionId = "gil", answer })).Content.ReadFromJsonAsync<JsonElement>();
        var matcherTicks = hint.GetProperty("points").EnumerateArray().Select((p, i) => (p, i)).Where(x => x.p.GetProperty("covered").GetBoolean()).Select(x => x.i + 1).ToArray();
        Assert.Equal([1, 2], matcherTicks);

        // Matcher ticks sent by a client are not the matcher's: they are ignored, the server runs it again.
        using var response = await client.PostRawAsync("/api/answers",
            JsonSerializer.Serialize(new { questionId = "gil", answer }).TrimEnd('}') + ",\"ticked\":[3,1],\"matcherTicks\":[1,2,3,4,5,6,7]}");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetInt64();
        Assert.Equal($"/api/answers/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(matcherTicks, Numbers(body.GetProperty("matcherTicks")));
        Assert.Equal([1, 3], Numbers(body.GetProperty("confirmedTicks")));
        Assert.Equal(hint.GetProperty("score").GetInt32(), body.GetProperty("matcherScore").GetInt32());
        var score = KeyPointChecklist.Score(Gil.KeyPoints, [true, false, true, false, false, false, false]);
        Assert.Equal(score, body.GetProperty("score").GetInt32());
        Assert.Equal(RatingSuggestion.Suggest(score, 0, 0).ToString().ToLowerInvariant(), body.GetProperty("suggestedRating").GetString());

        await using var db = _app.OpenDatabase();
        var stored = await db.WrittenAnswers.AsNoTracking().SingleAsync(a => a.Id == id);
        Assert.Equal((answer, "1100000", "1010000", score, "api", Gil.ContentHash),
            (stored.Answer, stored.MatcherTicks, stored.ConfirmedTicks, stored.Score, stored.Source, stored.ContentHash));
        Assert.Equal(hint.GetProperty("score").GetInt32(), stored.MatcherScore);

        var again = await client.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/answers/{id}", UriKind.Relative));
        Assert.Equal(body.ToString(), again.ToString());
    }

    [Fact]
    public async Task Points_the_matcher_ticks_but_the_person_unticks_do_not_count()
    {
        // A right answer the matcher pre-ticks; the person, who knows they only copied it, confirms nothing.
        // (Before issue #12's linkage rule this test used keyword salad, which the matcher no longer ticks.)
        const string answer = "The GIL guards refcounts, the allocator and built-in object internals, not the atomicity of your own multi-step updates. "
            + "It is dropped during blocking I/O, sleeps and lock waits, so threads suit I/O-bound work. "
            + "CPU-bound pure-Python threads do not run in parallel on the default build: use processes, native code or the free-threaded build.";
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        var body = await ConfirmAsync(client, "gil", answer, []);

        Assert.True(body.GetProperty("matcherScore").GetInt32() >= 40, body.ToString());
        Assert.NotEmpty(Numbers(body.GetProperty("matcherTicks")));
        Assert.Equal(0, body.GetProperty("score").GetInt32());
        Assert.Equal("again", body.GetProperty("suggestedRating").GetString());
    }

    [Fact]
    public async Task A_paraphrase_the_matcher_misses_but_the_person_ticks_suggests_from_the_persons_ticks()
    {
        const string paraphrase = "Only one OS thread at a time may step the bytecode loop, so spreading arithmetic over a pool of them buys nothing; "
            + "that mutex shields CPython's own bookkeeping, never your read-then-write sequences.";
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        var body = await ConfirmAsync(client, "gil", paraphrase, [1, 2, 3, 4, 5, 6, 7]);

        Assert.True(body.GetProperty("matcherScore").GetInt32() < 40, body.ToString());
        Assert.Equal(100, body.GetProperty("score").GetInt32());
        Assert.Equal("easy", body.GetProperty("suggestedRating").GetString());
    }

    [Fact]
    public async Task An_answer_only_thought_through_is_stored_without_answer_or_matcher_ticks()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        var body = await ConfirmAsync(client, "generators", null, [2]);

        Assert.Equal(JsonValueKind.Null, body.GetProperty("answer").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("matcherTicks").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("matcherScore").ValueKind);
        await using var db = _app.OpenDatabase();
        var stored = await db.WrittenAnswers.AsNoTracking().SingleAsync(a => a.Id == body.GetProperty("id").GetInt64());
        Assert.Null(stored.Answer);
        Assert.Null(stored.MatcherTicks);
        Assert.Null(stored.MatcherScore);
        Assert.Equal('1', stored.ConfirmedTicks[1]);
        Assert.Equal(1, stored.ConfirmedTicks.Count(c => c == '1'));
    }

    [Theory]
    [InlineData("[0]")]
    [InlineData("[8]")]
    [InlineData("[2,2]")]
    [InlineData("null")]
    [InlineData("[-1]")]
    public async Task Tick_numbers_that_name_no_key_point_once_are_refused_and_nothing_is_stored(string ticked)
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        using var response = await client.PostRawAsync("/api/answers", $"{{\"questionId\":\"closures-late-binding\",\"ticked\":{ticked}}}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await using var db = _app.OpenDatabase();
        Assert.False(await db.WrittenAnswers.AnyAsync(a => a.QuestionId == "closures-late-binding"));
    }

    [Fact]
    public async Task An_over_long_answer_is_refused_and_an_unknown_question_is_404()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        using var longAnswer = await client.PostJsonAsync("/api/answers", new { questionId = "slots", answer = new string('x', 20_001), ticked = Array.Empty<int>() });
        Assert.Equal(HttpStatusCode.BadRequest, longAnswer.StatusCode);
        Assert.Contains("answer", await longAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var unknown = await client.PostJsonAsync("/api/answers", new { questionId = "no-such-question", ticked = Array.Empty<int>() });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var noToken = await client.PostJsonAsync("/api/answers", new { questionId = "slots", ticked = Array.Empty<int>() }, token: "");
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        await using var db = _app.OpenDatabase();
        Assert.False(await db.WrittenAnswers.AnyAsync(a => a.QuestionId == "slots"));
    }

    [Fact]
    public async Task Stored_checklists_are_listed_newest_first_and_bounded()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        for (var i = 1; i <= 3; i++)
        {
            await ConfirmAsync(client, "mro-super", null, [i]);
            _app.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        var listed = await client.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/answers?questionId=mro-super", UriKind.Relative));
        Assert.Equal([[3], [2], [1]], listed.EnumerateArray().Select(a => Numbers(a.GetProperty("confirmedTicks"))));
        var two = await client.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/answers?questionId=mro-super&limit=2", UriKind.Relative));
        Assert.Equal(2, two.GetArrayLength());

        using var tooMany = await client.Http.GetAsync(new Uri("/api/answers?limit=1000", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        using var unknown = await client.Http.GetAsync(new Uri("/api/answers?questionId=no-such-question", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var missing = await client.Http.GetAsync(new Uri("/api/answers/999999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Without_javascript_the_page_forms_pre_tick_confirm_and_store_the_persons_ticks()
    {
        const string answer = "The GIL guards the interpreter's refcounts and allocator, not your multi-step updates.";
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        using var checkedPage = await PostFormAsync(client, "answer", ("answer", answer));
        var html = await checkedPage.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, checkedPage.StatusCode);
        Assert.Matches("id=\"checklist-1\"[^>]*checked", html);
        Assert.DoesNotMatch("id=\"checklist-2\"[^>]*checked", html);
        Assert.Contains("<mark>refcounts</mark>", html, StringComparison.Ordinal);

        // A forged form field cannot set the matcher's ticks; ticks 2 and 3 are the person's.
        using var confirmed = await PostFormAsync(client, "checklist", ("answer", answer), ("ticked", "2"), ("ticked", "3"), ("matcherTicks", "1111111"));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var location = confirmed.Headers.Location!.PathAndQuery + confirmed.Headers.Location.Fragment;
        Assert.Matches(@"^/questions/gil\?confirmed=\d+#checklist-result$", location);
        var result = await client.Http.GetStringAsync(new Uri(location, UriKind.Relative));
        var score = KeyPointChecklist.Score(Gil.KeyPoints, [false, true, true, false, false, false, false]);
        Assert.Contains($"data-testid=\"confirmed-score\">{score}%", result, StringComparison.Ordinal);
        Assert.Contains($"Suggested: {RatingSuggestion.Suggest(score, 0, 0)}.", result, StringComparison.Ordinal);

        await using var db = _app.OpenDatabase();
        var storedId = long.Parse(location.Split('=', '#')[1], System.Globalization.CultureInfo.InvariantCulture);
        var stored = await db.WrittenAnswers.AsNoTracking().SingleAsync(a => a.Id == storedId);
        Assert.Equal(("1000000", "0110000", "web"), (stored.MatcherTicks, stored.ConfirmedTicks, stored.Source));

        using var bad = await PostFormAsync(client, "checklist", ("answer", answer), ("ticked", "9"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("1 to 7", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await db.WrittenAnswers.CountAsync(a => a.Source == "web" && a.QuestionId == "gil"));
    }

    private static async Task<JsonElement> ConfirmAsync(ApiClient client, string questionId, string? answer, int[] ticked)
    {
        using var response = await client.PostJsonAsync("/api/answers", new { questionId, answer, ticked });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body;
    }

    private static Task<HttpResponseMessage> PostFormAsync(ApiClient client, string form, params (string Name, string Value)[] fields) =>
        client.Http.PostAsync(new Uri("/questions/gil", UriKind.Relative), new FormUrlEncodedContent(
            [new("_handler", form), new("__RequestVerificationToken", client.Token!), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]));

    private static int[] Numbers(JsonElement array) => [.. array.EnumerateArray().Select(n => n.GetInt32())];
}
