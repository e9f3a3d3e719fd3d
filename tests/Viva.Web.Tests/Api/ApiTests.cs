using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Viva.Web.Tests.Infrastructure;

namespace Viva.Web.Tests.Api;

public sealed class ApiTests : IClassFixture<VivaAppFixture>
{
    private const string Question = "async-generators-context-managers";
    private readonly VivaAppFixture _app;

    public ApiTests(VivaAppFixture app, ITestOutputHelper output)
    {
        _app = app;
        app.LogTo(output);
    }

    [Fact]
    public async Task Run_returns_the_sandbox_result_object()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        using var response = await client.PostJsonAsync("/api/run", new { code = "print(6 * 7)\nimport sys; print('oops', file=sys.stderr)" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("42\n", json.RootElement.GetProperty("stdout").GetString());
        Assert.Equal("oops\n", json.RootElement.GetProperty("stderr").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("exitCode").GetInt32());
        Assert.True(json.RootElement.GetProperty("wallMs").GetDouble() > 0);
    }

    [Fact]
    public async Task Live_run_streams_output_events_before_the_result_event()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var response = await client.PostForStreamAsync("/api/run/live", new { code = "import time\nprint('first', flush=True)\ntime.sleep(1.5)\nprint('second')" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);

        var events = new List<(string Type, string Data, double AtMs)>();
        await using var body = await response.Content.ReadAsStreamAsync();
        await foreach (var item in System.Net.ServerSentEvents.SseParser.Create(body).EnumerateAsync())
            events.Add((item.EventType, item.Data, clock.Elapsed.TotalMilliseconds));

        var (type, data, at) = events[^1];
        Assert.Equal("result", type);
        using var result = JsonDocument.Parse(data);
        Assert.Equal(("ok", "first\nsecond\n"), (result.RootElement.GetProperty("status").GetString(), result.RootElement.GetProperty("stdout").GetString()));
        var output = events.Where(e => e.Type == "output").ToList();
        Assert.Equal("first\n", JsonSerializer.Deserialize<string>(output[0].Data));
        Assert.True(at - output[0].AtMs > 1000, $"the first line came {at - output[0].AtMs:F0} ms before the result");
    }

    [Fact]
    public async Task Live_run_refused_before_it_starts_is_a_problem_not_a_stream()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        using var missing = await client.PostJsonAsync("/api/run/live", new { code = "print(1)", python = "3.99" });
        await AssertProblem(missing, HttpStatusCode.BadRequest, "Python 3.99 is not installed here");
        using var noToken = await client.PostJsonAsync("/api/run/live", new { code = "print(1)" }, token: "");
        await AssertProblem(noToken, HttpStatusCode.BadRequest, "antiforgery");
    }

    [Fact]
    public async Task A_run_is_found_by_id_only_when_dispatched_and_a_malformed_id_is_a_400()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        using var embedded = await client.Http.GetAsync(new Uri($"/api/run/{Guid.CreateVersion7()}", UriKind.Relative));
        await AssertProblem(embedded, HttpStatusCode.NotFound, "There is no run with the id");
        using var malformed = await client.Http.GetAsync(new Uri("/api/run/not-a-run", UriKind.Relative));
        await AssertProblem(malformed, HttpStatusCode.BadRequest, "is not a run id");
    }

    [Fact]
    public async Task Run_takes_an_installed_python_version_and_names_the_one_that_ran()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        var installed = Viva.Sandbox.PythonInterpreter.Installed().Where(p => p.Version.Major == 3).ToList();
        foreach (var python in new[] { installed[0], installed[^1] })
        {
            var name = $"{python.Version.Major}.{python.Version.Minor}";
            using var response = await client.PostJsonAsync("/api/run", new { code = "import sys; print('%d.%d' % sys.version_info[:2])", python = name });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(name + "\n", json.RootElement.GetProperty("stdout").GetString());
            Assert.Equal(python.Version.ToString(3), json.RootElement.GetProperty("python").GetString());
        }
        using var missing = await client.PostJsonAsync("/api/run", new { code = "print(1)", python = "3.99" });
        await AssertProblem(missing, HttpStatusCode.BadRequest, "Python 3.99 is not installed here");
    }

    [Fact]
    public async Task Run_without_an_antiforgery_token_is_refused_and_nothing_runs()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        var marker = Path.Combine(Path.GetTempPath(), $"viva-csrf-{Guid.NewGuid():N}");
        using var response = await client.PostJsonAsync("/api/run", new { code = $"open({JsonSerializer.Serialize(marker)}, 'w').write('ran')" }, token: "");
        await AssertProblem(response, HttpStatusCode.BadRequest, "antiforgery");
        Assert.False(File.Exists(marker));
    }

    [Fact]
    public async Task Run_with_a_tampered_antiforgery_token_is_refused()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        var tampered = client.Token![..^4] + (client.Token[^4..] == "AAAA" ? "BBBB" : "AAAA");
        using var response = await client.PostJsonAsync("/api/run", new { code = "print(1)" }, tampered);
        await AssertProblem(response, HttpStatusCode.BadRequest, "antiforgery");
    }

    [Fact]
    public async Task A_page_form_with_a_tampered_antiforgery_token_is_refused_and_nothing_is_stored()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "rate", ["__RequestVerificationToken"] = client.Token![..^4] + "AAAA", ["question"] = "generators", ["rating"] = "3",
        });
        using var response = await client.Http.PostAsync(new Uri("/questions/generators", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = _app.OpenDatabase();
        Assert.False(await db.Reviews.AnyAsync(r => r.QuestionId == "generators"));
    }

    [Fact]
    public async Task A_page_form_with_a_valid_token_saves_the_rating_and_redirects()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "rate", ["__RequestVerificationToken"] = client.Token!, ["question"] = "comprehensions", ["rating"] = "2", ["revealed"] = "1",
        });
        using var response = await client.Http.PostAsync(new Uri("/questions/comprehensions", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("saved=Hard", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        await using var db = _app.OpenDatabase();
        Assert.True(await db.Reviews.AnyAsync(r => r.QuestionId == "comprehensions" && r.Rating == 2 && r.Source == "web"));
    }

    [Fact]
    public async Task Malformed_json_is_a_clear_400()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        using var response = await client.PostRawAsync("/api/run", "{\"code\": \"print(1)\"");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Code_over_the_documented_limit_is_refused_with_the_limit_in_the_message()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        using var response = await client.PostJsonAsync("/api/run", new { code = "#" + new string('x', 70_000) });
        await AssertProblem(response, HttpStatusCode.BadRequest, "limited to 65536");
        using var huge = await client.PostJsonAsync("/api/run", new { code = new string('x', 300_000) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Fact]
    public async Task A_review_for_an_unknown_question_is_404_and_stores_nothing()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        using var response = await client.PostJsonAsync("/api/reviews", new { questionId = "no-such-question", rating = 3 });
        await AssertProblem(response, HttpStatusCode.NotFound, "no-such-question");
        await using var db = _app.OpenDatabase();
        Assert.False(await db.Reviews.AnyAsync(r => r.QuestionId == "no-such-question"));
    }

    [Fact]
    public async Task A_review_with_a_rating_outside_1_to_4_is_a_validation_problem()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        using var response = await client.PostJsonAsync("/api/reviews", new { questionId = Question, rating = 7 });
        await AssertProblem(response, HttpStatusCode.BadRequest, "rating");
    }

    [Fact]
    public async Task A_review_is_saved_and_reports_the_next_interval()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        using var response = await client.PostJsonAsync("/api/reviews", new { questionId = "asyncio-fundamentals", rating = 4, revealed = true });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("easy", body.GetProperty("rating").GetString());
        Assert.EndsWith("d", body.GetProperty("interval").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rating_for_an_unrevealed_answer_is_refused_and_not_stored()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        using var response = await client.PostJsonAsync("/api/reviews", new { questionId = "slots", rating = 3 });
        await AssertProblem(response, HttpStatusCode.BadRequest, "revealed");
        await using var db = _app.OpenDatabase();
        Assert.False(await db.Reviews.AnyAsync(r => r.QuestionId == "slots"));
    }

    [Fact]
    public async Task Undo_removes_the_last_rating_and_recomputes_the_card_from_the_log()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        (await client.PostJsonAsync("/api/reviews", new { questionId = "closures-late-binding", rating = 3, revealed = true })).EnsureSuccessStatusCode();
        await using (var db = _app.OpenDatabase())
        {
            var afterOne = await db.Cards.AsNoTracking().SingleAsync(c => c.QuestionId == "closures-late-binding");
            (await client.PostJsonAsync("/api/reviews", new { questionId = "closures-late-binding", rating = 1, revealed = true })).EnsureSuccessStatusCode();
            using var undo = await client.PostJsonAsync("/api/reviews/undo/closures-late-binding", new { });
            Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
            Assert.Equal("again", (await undo.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("undone").GetString());
            Assert.Equal(1, await db.Reviews.CountAsync(r => r.QuestionId == "closures-late-binding"));
            var afterUndo = await db.Cards.AsNoTracking().SingleAsync(c => c.QuestionId == "closures-late-binding");
            Assert.Equal((afterOne.State, afterOne.Stability, afterOne.DueAt, afterOne.Reps, afterOne.Lapses), (afterUndo.State, afterUndo.Stability, afterUndo.DueAt, afterUndo.Reps, afterUndo.Lapses));

            (await client.PostJsonAsync("/api/reviews/undo/closures-late-binding", new { })).EnsureSuccessStatusCode();
            Assert.False(await db.Cards.AnyAsync(c => c.QuestionId == "closures-late-binding"));
            using var nothing = await client.PostJsonAsync("/api/reviews/undo/closures-late-binding", new { });
            Assert.Equal(HttpStatusCode.Conflict, nothing.StatusCode);
        }
    }

    [Fact]
    public async Task The_interval_labels_of_a_card_do_not_change_on_reload()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        // Easy on a new card graduates it to review at once, where fuzz applies to every interval.
        (await client.PostJsonAsync("/api/reviews", new { questionId = "mro-super", rating = 4, revealed = true })).EnsureSuccessStatusCode();
        var first = await client.Http.GetStringAsync("/api/reviews/preview/mro-super");
        for (var i = 0; i < 5; i++)
        {
            _app.Clock.Advance(TimeSpan.FromSeconds(37));
            Assert.Equal(Intervals(first), Intervals(await client.Http.GetStringAsync("/api/reviews/preview/mro-super")));
        }

        static string Intervals(string json) => string.Join(",", JsonDocument.Parse(json).RootElement.EnumerateArray().Select(p => p.GetProperty("interval").GetString()));
    }

    [Fact]
    public async Task Script_in_a_choice_answer_is_refused_and_nothing_is_stored()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        using var response = await client.PostRawAsync("/api/quiz/answers", $"{{\"questionId\":\"{Question}\",\"itemIndex\":1,\"selected\":[\"<script>alert(1)</script>\"]}}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = _app.OpenDatabase();
        Assert.False(await db.QuizAnswers.AnyAsync(a => a.Answer.Contains("script")));
    }

    [Fact]
    public async Task A_quiz_answer_is_graded_with_its_explanation()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        using var response = await client.PostJsonAsync("/api/quiz/answers", new { questionId = Question, itemIndex = 0, answer = "3\n1\nStopAsyncIteration\nTypeError\n" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("correct").GetBoolean());
        Assert.Contains("StopAsyncIteration", body.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_prediction_is_refused_and_nothing_is_stored()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        using var response = await client.PostJsonAsync("/api/quiz/answers", new { questionId = "context-managers", itemIndex = 0, answer = "  \n" });
        await AssertProblem(response, HttpStatusCode.BadRequest, "not blank");
        await using var db = _app.OpenDatabase();
        Assert.False(await db.QuizAnswers.AnyAsync(a => a.QuestionId == "context-managers"));
    }

    [Fact]
    public async Task Run_reads_the_stdin_it_is_given()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        using var response = await client.PostJsonAsync("/api/run", new { code = "print(input()[::-1])", stdin = "abc\n" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("cba\n", body.GetProperty("stdout").GetString());
    }

    [Fact]
    public async Task Search_finds_questions_by_a_word_prefix_and_filters_by_level()
    {
        using var client = new ApiClient(_app.BaseUrl);
        var all = await client.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/search?q=asynci", UriKind.Relative));
        Assert.True(all.GetArrayLength() > 1);
        Assert.Contains(all.EnumerateArray(), r => r.GetProperty("id").GetString() == "asyncio-fundamentals");
        var senior = await client.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/search?q=asynci&level=senior", UriKind.Relative));
        Assert.All(senior.EnumerateArray(), r => Assert.Equal("senior", r.GetProperty("level").GetString()));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_run_endpoint()
    {
        using var client = new ApiClient(_app.BaseUrl);
        var doc = await client.Http.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/run", out var run));
        Assert.True(run.TryGetProperty("post", out _));
    }

    [Fact]
    public async Task Pages_carry_a_strict_content_security_policy_and_security_headers()
    {
        using var client = new ApiClient(_app.BaseUrl);
        using var response = await client.Http.GetAsync(new Uri("/", UriKind.Relative));
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task A_request_for_a_foreign_host_name_is_refused()
    {
        using var client = new ApiClient(_app.BaseUrl);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Host = "evil.example";
        using var response = await client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_question_page_is_404()
    {
        using var client = new ApiClient(_app.BaseUrl);
        using var response = await client.Http.GetAsync(new Uri("/questions/no-such-question", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/account")]
    [InlineData("/account/set-password")]
    public async Task Account_pages_are_404_in_the_single_user_study_room(string path)
    {
        // The sign-in page was a 500: it asked for "not found" and went on rendering its form.
        using var client = new ApiClient(_app.BaseUrl);
        using var response = await client.Http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string mention)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(mention, body, StringComparison.OrdinalIgnoreCase);
    }
}
