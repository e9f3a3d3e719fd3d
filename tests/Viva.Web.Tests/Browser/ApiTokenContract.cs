using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Viva.Data.Accounts;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>
/// Personal API tokens: made on the account page, sent as a Bearer header by a client with no cookies;
/// scoped, expiring, revocable, refused on pages, stored only as a hash, acting as their owner only.
/// On SQLite and PostgreSQL.
/// </summary>
public abstract class ApiTokenContract<TApp>(TApp app, BrowserFixture browser, ITestOutputHelper output) where TApp : VivaAppFixture
{
    private static readonly int[] FirstPoint = [1];
    private static readonly string[] Pages = ["/", "/review", "/account"];
    private static readonly string[] Garbage = ["nonsense", "viva_pat_" + new string('A', 43), "viva_pat_"];

    protected TApp App { get; } = Init(app, output);

    private static TApp Init(TApp app, ITestOutputHelper output)
    {
        app.LogTo(output);
        return app;
    }

    /// <summary>Makes a token on the account page and returns its secret, read from the page that shows it once.</summary>
    private static async Task<string> MakeTokenAsync(IPage page, string name, bool read = true, bool write = false)
    {
        await page.GotoAsync("/account");
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("read: every GET of /api").SetCheckedAsync(read);
        await page.GetByLabel("write: ratings, answers, runs (POST)").SetCheckedAsync(write);
        await page.GetByRole(AriaRole.Button, new() { Name = "Make a token" }).ClickAsync();
        return (await page.GetByTestId("new-token").InnerTextAsync()).Trim();
    }

    /// <summary>A script's client: no cookie jar, no redirects followed, the token in every request.</summary>
    private HttpClient Script(string secret)
    {
        var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(App.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return http;
    }

    private static Task<HttpResponseMessage> RateGilAsync(HttpClient http) =>
        http.PostAsJsonAsync(new Uri("/api/reviews", UriKind.Relative), new { questionId = "gil", rating = 3, revealed = true });

    private static async Task ExpectProblemAsync(HttpResponseMessage response, HttpStatusCode status, string because)
    {
        Assert.True(response.StatusCode == status, $"{because}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_reads_and_writes_only_its_owners_data_without_an_antiforgery_token_and_only_its_hash_is_stored()
    {
        var (aliceEmail, bobEmail) = ($"alice-{Guid.NewGuid():N}@example.com", $"bob-{Guid.NewGuid():N}@example.com");
        var alice = await Members.NewSignedInAsync(App, browser, aliceEmail, Roles.Candidate);
        var bob = await Members.NewSignedInAsync(App, browser, bobEmail, Roles.Candidate);
        await BrowserTest.RunAsync(alice, async () =>
        {
            var csrf = await alice.Locator("meta[name=csrf-token]").GetAttributeAsync("content");
            var stored = await alice.APIRequest.PostAsync("/api/answers", new()
            {
                Headers = new Dictionary<string, string> { ["RequestVerificationToken"] = csrf! },
                DataObject = new { questionId = "gil", answer = "The GIL protects reference counts.", ticked = FirstPoint },
            });
            Assert.Equal(201, stored.Status);
            var answerId = (await stored.JsonAsync())!.Value.GetProperty("id").GetInt64();

            var secret = await MakeTokenAsync(alice, "ci", read: true, write: true);
            Assert.Matches("^viva_pat_[A-Za-z0-9_-]{43}$", secret);
            var row = alice.GetByTestId("token-row");
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row).ToContainTextAsync(secret[..17] + "…");
            await Expect(row).ToContainTextAsync("read write");
            await Expect(row).ToContainTextAsync("never");
            // The secret is shown once: not on the next visit.
            await alice.GotoAsync("/account");
            await Expect(alice.GetByTestId("new-token")).ToHaveCountAsync(0);
            await Expect(alice.Locator("main")).Not.ToContainTextAsync(secret);

            using var aliceScript = Script(secret);
            Assert.Equal(HttpStatusCode.OK, (await aliceScript.GetAsync(new Uri($"/api/answers/{answerId}", UriKind.Relative))).StatusCode);
            var listed = await aliceScript.GetFromJsonAsync<JsonElement>(new Uri("/api/answers", UriKind.Relative));
            Assert.Equal(1, listed.GetArrayLength());
            // No cookie, no antiforgery header: the token alone writes, as Alice.
            var rated = await RateGilAsync(aliceScript);
            Assert.True(rated.StatusCode == HttpStatusCode.OK, await rated.Content.ReadAsStringAsync());
            // A cookie-authenticated write without the antiforgery header is still refused.
            Assert.Equal(400, (await alice.APIRequest.PostAsync("/api/reviews", new() { DataObject = new { questionId = "gil", rating = 3, revealed = true } })).Status);

            using var bobScript = Script(await MakeTokenAsync(bob, "bob's script"));
            Assert.Equal(HttpStatusCode.NotFound, (await bobScript.GetAsync(new Uri($"/api/answers/{answerId}", UriKind.Relative))).StatusCode);
            Assert.Equal(0, (await bobScript.GetFromJsonAsync<JsonElement>(new Uri("/api/answers", UriKind.Relative))).GetArrayLength());

            await alice.GotoAsync("/account");
            await Expect(row).Not.ToContainTextAsync("never");

            await using var db = App.OpenDatabase();
            var users = await db.Users.ToDictionaryAsync(u => u.Email!, u => u.Id);
            db.UserId = users[aliceEmail];
            Assert.Equal(1, await db.Reviews.CountAsync(r => r.QuestionId == "gil"));
            db.UserId = users[bobEmail];
            Assert.Equal(0, await db.Reviews.CountAsync());
            // Only the hash and the visible prefix: nothing in the row gives the secret back.
            var aliceId = users[aliceEmail];
            var token = await db.ApiTokens.SingleAsync(t => t.UserId == aliceId);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))), token.SecretHash);
            var columns = string.Join("|", token.Name, token.Prefix, token.SecretHash, token.Scopes, token.UserId);
            Assert.DoesNotContain(secret[17..], columns, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_token_is_refused_without_its_scope_when_expired_revoked_or_unknown_and_on_pages()
    {
        var alice = await Members.NewSignedInAsync(App, browser, $"alice-{Guid.NewGuid():N}@example.com", Roles.Candidate);
        await BrowserTest.RunAsync(alice, async () =>
        {
            using var reader = Script(await MakeTokenAsync(alice, "reader", read: true));
            using var writer = Script(await MakeTokenAsync(alice, "writer", read: false, write: true));
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(new Uri("/api/reviews/queue", UriKind.Relative))).StatusCode);
            await ExpectProblemAsync(await RateGilAsync(reader), HttpStatusCode.Forbidden, "a read token writing");
            await ExpectProblemAsync(await writer.GetAsync(new Uri("/api/reviews/queue", UriKind.Relative)), HttpStatusCode.Forbidden, "a write token reading");
            Assert.Equal(HttpStatusCode.OK, (await RateGilAsync(writer)).StatusCode);

            // Pages take no token: no page, and no redirect to a sign-in that would start a session.
            foreach (var path in Pages)
                await ExpectProblemAsync(await reader.GetAsync(new Uri(path, UriKind.Relative)), HttpStatusCode.Unauthorized, $"a token on {path}");

            foreach (var garbage in Garbage)
            {
                using var stranger = Script(garbage);
                await ExpectProblemAsync(await stranger.GetAsync(new Uri("/api/reviews/queue", UriKind.Relative)), HttpStatusCode.Unauthorized, $"'{garbage}'");
            }

            await alice.GotoAsync("/account");
            await alice.GetByRole(AriaRole.Button, new() { Name = "Revoke writer" }).ClickAsync();
            await Expect(alice.GetByTestId("token-row").Filter(new() { HasText = "writer" })).ToContainTextAsync("revoked");
            await ExpectProblemAsync(await RateGilAsync(writer), HttpStatusCode.Unauthorized, "a revoked token");

            await using (var db = App.OpenDatabase())
                await db.ApiTokens.Where(t => t.Name == "reader").ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, App.Clock.GetUtcNow().AddSeconds(-1).ToUnixTimeMilliseconds()));
            await ExpectProblemAsync(await reader.GetAsync(new Uri("/api/reviews/queue", UriKind.Relative)), HttpStatusCode.Unauthorized, "an expired token");
        });
    }

    [Fact]
    public async Task A_token_lasts_90_days_by_default_at_most_a_year_and_another_person_cannot_revoke_it()
    {
        var alice = await Members.NewSignedInAsync(App, browser, $"alice-{Guid.NewGuid():N}@example.com", Roles.Candidate);
        var bob = await Members.NewSignedInAsync(App, browser, $"bob-{Guid.NewGuid():N}@example.com", Roles.Candidate);
        await BrowserTest.RunAsync(alice, async () =>
        {
            using var script = Script(await MakeTokenAsync(alice, "kept"));
            await using var db = App.OpenDatabase();
            var token = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Name == "kept" && t.RevokedAt == null);
            Assert.Equal(TimeSpan.FromDays(90), TimeSpan.FromMilliseconds(token.ExpiresAt - token.CreatedAt));

            await alice.GetByLabel("Name").FillAsync("a year and a day");
            await alice.GetByLabel("Expires after").FillAsync("366");
            await alice.EvaluateAsync("() => document.getElementById('token-days').removeAttribute('max')");
            await alice.GetByRole(AriaRole.Button, new() { Name = "Make a token" }).ClickAsync();
            await Expect(alice.GetByTestId("token-error")).ToContainTextAsync("365 days");

            // Bob posts the revoke form with Alice's token id: nothing of hers changes.
            await MakeTokenAsync(bob, "bob's");
            await bob.EvaluateAsync("id => document.querySelector('button[name=id]').value = id", token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await bob.Locator("button[name=id]").ClickAsync();
            await Expect(bob.GetByTestId("token-error")).ToContainTextAsync("No such token");
            Assert.Equal(HttpStatusCode.OK, (await script.GetAsync(new Uri("/api/reviews/queue", UriKind.Relative))).StatusCode);
        });
    }
}

public sealed class SqliteApiTokenTests(MultiUserAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : ApiTokenContract<MultiUserAppFixture>(app, browser, output), IClassFixture<MultiUserAppFixture>, IClassFixture<BrowserFixture>;

public sealed class PostgresApiTokenTests(MultiUserPostgresAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : ApiTokenContract<MultiUserPostgresAppFixture>(app, browser, output), IClassFixture<MultiUserPostgresAppFixture>, IClassFixture<BrowserFixture>;
