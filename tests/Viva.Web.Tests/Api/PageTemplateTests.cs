using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Viva.Web.Tests.Infrastructure;

namespace Viva.Web.Tests.Api;

/// <summary>
/// Question pages are served from a template shared by every user, with the per-response values (CSP
/// nonce, antiforgery token, time shown) written in. These tests hold it to what a fresh render gives.
/// </summary>
public sealed partial class PageTemplateTests : IClassFixture<VivaAppFixture>
{
    private const string Page = "/questions/descriptors";
    private readonly VivaAppFixture _app;

    public PageTemplateTests(VivaAppFixture app, ITestOutputHelper output)
    {
        _app = app;
        app.LogTo(output);
    }

    [Fact]
    public async Task Each_response_gets_its_own_nonce_matching_its_csp_header()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        var nonces = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.Http.GetAsync(new Uri(Page, UriKind.Relative));
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var html = System.Text.Encoding.UTF8.GetString(bytes);
            var header = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
            var nonce = NonceMeta().Match(html).Groups[1].Value;
            Assert.Contains($"'nonce-{nonce}'", header, StringComparison.Ordinal);
            Assert.DoesNotContain("viva-hole-", html, StringComparison.Ordinal);
            Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
            nonces.Add(nonce);
        }
        Assert.Equal(3, nonces.Distinct().Count());
    }

    [Fact]
    public async Task The_token_in_a_served_page_is_the_callers_own_and_accepted()
    {
        using var first = new ApiClient(_app.BaseUrl);
        using var second = new ApiClient(_app.BaseUrl);
        await first.Http.GetStringAsync(new Uri(Page, UriKind.Relative)); // the first visit sets the cookie
        var tokenA = FormToken().Match(await first.Http.GetStringAsync(new Uri(Page, UriKind.Relative))).Groups[1].Value;
        var tokenB = FormToken().Match(await second.Http.GetStringAsync(new Uri(Page, UriKind.Relative))).Groups[1].Value;
        Assert.NotEqual(tokenA, tokenB);

        using var accepted = await PostAnswerAsync(first, tokenA);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("matcher-score", await accepted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Another browser's token does not pass with this browser's cookie.
        using var refused = await PostAnswerAsync(first, tokenB);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task A_served_page_is_what_a_fresh_render_gives_and_holds_no_user_data()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        using var rated = await client.PostJsonAsync("/api/reviews", new { questionId = "descriptors", rating = 3, revealed = true });
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);

        // A query string bypasses the template, so this is a full render after the review was saved.
        var cached = Normalize(await client.Http.GetStringAsync(new Uri(Page, UriKind.Relative)));
        var rendered = Normalize(await client.Http.GetStringAsync(new Uri(Page + "?fresh=1", UriKind.Relative))).Replace("?fresh=1", "", StringComparison.Ordinal);
        Assert.Equal(rendered, cached);
        Assert.Contains("data-preview=\"descriptors\"", cached, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_shown_time_is_the_time_of_each_response()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        await client.Http.GetStringAsync(new Uri(Page, UriKind.Relative));
        _app.Clock.Advance(TimeSpan.FromMinutes(3));
        var html = await client.Http.GetStringAsync(new Uri(Page, UriKind.Relative));
        Assert.Equal(_app.Clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), Shown().Match(html).Groups[1].Value);
    }

    [Fact]
    public async Task The_rating_preview_gives_each_ratings_interval()
    {
        using var client = new ApiClient(_app.BaseUrl);
        using var json = JsonDocument.Parse(await client.Http.GetStringAsync(new Uri("/api/reviews/preview/generators", UriKind.Relative)));
        var previews = json.RootElement.EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4], previews.Select(p => p.GetProperty("value").GetInt32()));
        Assert.Equal(["again", "hard", "good", "easy"], previews.Select(p => p.GetProperty("rating").GetString()));
        Assert.All(previews, p => Assert.False(string.IsNullOrEmpty(p.GetProperty("interval").GetString())));

        using var unknown = await client.Http.GetAsync(new Uri("/api/reviews/preview/no-such-question", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static Task<HttpResponseMessage> PostAnswerAsync(ApiClient client, string token) =>
        client.Http.PostAsync(new Uri(Page, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "answer", ["__RequestVerificationToken"] = token, ["answer"] = "A descriptor defines __get__ and __set__.",
        }));

    private static string Normalize(string html) =>
        Shown().Replace(FormToken().Replace(TokenMeta().Replace(NonceMeta().Replace(html, "NONCE"), "TOKEN"), "TOKEN"), "SHOWN");

    [GeneratedRegex("<meta name=\"csp-nonce\" content=\"([^\"]+)\"")]
    private static partial Regex NonceMeta();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex TokenMeta();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    [GeneratedRegex("name=\"shown\" value=\"([0-9]+)\"")]
    private static partial Regex Shown();
}
