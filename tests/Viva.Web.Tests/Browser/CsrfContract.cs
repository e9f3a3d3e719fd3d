using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Viva.Data.Accounts;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>
/// Cross-site request forgery in multi-user mode (issue #14), in a real browser: a signed-in person opens a
/// page of another origin (<see cref="AttackerSite"/>), which posts the app's forms and calls its API with
/// whatever cookies the browser adds; nothing may change in the database. Also, an antiforgery token is
/// bound to the person it was made for. On SQLite and PostgreSQL.
/// </summary>
public abstract class CsrfContract<TApp>(TApp app, BrowserFixture browser, ITestOutputHelper output) where TApp : VivaAppFixture
{
    private const string Gil = "gil";
    private const string Closures = "closures-late-binding";
    /// <summary>The account page's two forms, as a forger fills them: an admin invitation for the forger, and sign-out.</summary>
    private static readonly string[] ForgedForms = ["_handler=invite&email=mallory@example.org&role=Admin&team=", "_handler=sign-out"];

    protected TApp App { get; } = Init(app, output);

    private static TApp Init(TApp app, ITestOutputHelper output)
    {
        app.LogTo(output);
        return app;
    }

    [Fact]
    public async Task A_page_of_another_origin_cannot_post_the_account_pages_forms()
    {
        const string Email = "ada@example.com";
        var page = await Members.NewSignedInAsync(App, browser, Email, Roles.Admin);
        await using var attacker = await AttackerSite.StartAsync();
        await BrowserTest.RunAsync(page, async () =>
        {
            await AllowAsync(page, attacker);
            var stamp = await SecurityStampAsync(Email);
            // The same site sends the session cookie (SameSite does not help): the missing token refuses the form.
            // Another site sends none: the gate sends the browser to sign in.
            foreach (var (origin, refusal) in new[] { (attacker.SameSiteOrigin, 400), (attacker.CrossSiteOrigin, 302) })
            {
                foreach (var fields in ForgedForms)
                {
                    await page.GotoAsync(origin + "/");
                    var response = await page.RunAndWaitForResponseAsync(() => page.EvaluateAsync(AutoSubmit, new[] { App.BaseUrl + "/account", fields }),
                        r => r.Request.Method == "POST" && r.Url.StartsWith(App.BaseUrl, StringComparison.Ordinal));
                    Assert.Equal(refusal, response.Status);
                    await page.WaitForLoadStateAsync();
                    // A refused form must not come back ready to send, as a stale form of our own does: one click would finish the forgery.
                    await Expect(page.GetByTestId("stale-form")).ToHaveCountAsync(0);
                }
            }

            await using (var db = App.OpenDatabase())
                Assert.False(await db.Invitations.AnyAsync(i => i.Email == "mallory@example.org"));
            Assert.Equal(stamp, await SecurityStampAsync(Email));
            await page.GotoAsync(App.BaseUrl + "/account");
            await Expect(page.GetByTestId("account-roles")).ToHaveTextAsync("Admin");
        });
    }

    [Fact]
    public async Task A_page_of_another_origin_cannot_write_through_the_api_with_the_session_cookie()
    {
        const string Email = "bea@example.com";
        var page = await Members.NewSignedInAsync(App, browser, Email, Roles.Candidate);
        await using var attacker = await AttackerSite.StartAsync();
        await BrowserTest.RunAsync(page, async () =>
        {
            // A rating of her own, for the forged undo to try to remove.
            Assert.Equal(200, await RateAsync(page, await TokenAsync(page), Gil));
            await AllowAsync(page, attacker);
            var sent = new List<string>();
            page.Request += (_, r) =>
            {
                if (r.Url.StartsWith(App.BaseUrl + "/api/", StringComparison.Ordinal))
                    lock (sent)
                        sent.Add($"{r.Method} {r.Url[App.BaseUrl.Length..]}");
            };
            foreach (var origin in new[] { attacker.SameSiteOrigin, attacker.CrossSiteOrigin })
            {
                await page.GotoAsync(origin + "/");
                var outcomes = await page.EvaluateAsync<string[]>(Forgeries, new[] { App.BaseUrl, Gil, Closures });
                // Every answer is hidden from the attacker's page (Cross-Origin-Resource-Policy: same-origin, and
                // no CORS); what matters is that the app stored nothing, below.
                Assert.All(outcomes, o => Assert.Equal("blocked", o));
            }
            // The simple requests (no preflight) did reach the app, with the session cookie from the same site:
            // the antiforgery check alone refused them. The JSON one needs a CORS preflight, never answered.
            lock (sent)
                Assert.Equal(2, sent.Count(s => s == $"POST /api/reviews/undo/{Gil}"));

            await using var db = App.OpenDatabase();
            db.UserId = (await db.Users.SingleAsync(u => u.Email == Email)).Id;
            Assert.Equal(1, await db.Reviews.CountAsync(r => r.QuestionId == Gil));
            Assert.Equal(0, await db.Reviews.CountAsync(r => r.QuestionId == Closures));
        });
    }

    [Fact]
    public async Task An_antiforgery_token_from_one_persons_page_is_refused_with_anothers_session()
    {
        var carl = await Members.NewSignedInAsync(App, browser, "carl@example.com", Roles.Candidate);
        var dora = await Members.NewSignedInAsync(App, browser, "dora@example.com", Roles.Candidate);
        await BrowserTest.RunAsync(dora, async () =>
        {
            var carlsToken = await TokenAsync(carl);
            var carlsCookie = (await carl.Context.CookiesAsync()).Single(c => c.Name == ".viva.af");
            // With Dora's own antiforgery cookie the pair does not match; with Carl's cookie planted beside her
            // session it does, and only the user the token names tells them apart.
            Assert.Equal(400, await RateAsync(dora, carlsToken, Gil));
            await dora.Context.AddCookiesAsync([new Cookie
            {
                Name = carlsCookie.Name, Value = carlsCookie.Value, Domain = carlsCookie.Domain, Path = carlsCookie.Path,
                HttpOnly = carlsCookie.HttpOnly, Secure = carlsCookie.Secure, SameSite = carlsCookie.SameSite,
            }]);
            Assert.Equal(400, await RateAsync(dora, carlsToken, Gil));
            // The token was good: Carl's own request with it is accepted.
            Assert.Equal(200, await RateAsync(carl, carlsToken, Gil));

            await using var db = App.OpenDatabase();
            var ids = await db.Users.ToDictionaryAsync(u => u.Email!, u => u.Id);
            db.UserId = ids["dora@example.com"];
            Assert.Equal(0, await db.Reviews.CountAsync());
            db.UserId = ids["carl@example.com"];
            Assert.Equal(1, await db.Reviews.CountAsync());
        });
    }

    /// <summary>In the attacker's page: a form like the account page's, posted to the app, without a token.</summary>
    private const string AutoSubmit = """
        ([action, fields]) => {
          const form = document.createElement('form');
          form.method = 'post';
          form.action = action;
          for (const [name, value] of new URLSearchParams(fields)) {
            const input = document.createElement('input');
            input.type = 'hidden'; input.name = name; input.value = value;
            form.append(input);
          }
          document.body.append(form);
          setTimeout(() => form.submit(), 0);
        }
        """;

    /// <summary>
    /// In the attacker's page: an undo (a POST with no body), a rating sent as text/plain (both simple
    /// requests, sent without a preflight) and a rating sent as JSON (preflighted); each says how it ended.
    /// </summary>
    private const string Forgeries = """
        async ([app, rated, unrated]) => {
          const body = JSON.stringify({ questionId: unrated, rating: 3, revealed: true });
          const attempts = [
            () => fetch(`${app}/api/reviews/undo/${rated}`, { method: 'POST', mode: 'no-cors', credentials: 'include' }),
            () => fetch(`${app}/api/reviews`, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' }, body }),
            () => fetch(`${app}/api/reviews`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body }),
          ];
          const outcomes = [];
          for (const attempt of attempts) {
            try { outcomes.push('sent ' + (await attempt()).type); } catch { outcomes.push('blocked'); }
          }
          return outcomes;
        }
        """;

    private static async Task AllowAsync(IPage page, AttackerSite site) =>
        // The browser fixture fails any request off the app's origin; the attacker's two are this test's own.
        await page.Context.RouteAsync(url => url.StartsWith(site.SameSiteOrigin, StringComparison.Ordinal) || url.StartsWith(site.CrossSiteOrigin, StringComparison.Ordinal),
            route => route.ContinueAsync());

    private async Task<string?> SecurityStampAsync(string email)
    {
        await using var db = App.OpenDatabase();
        return (await db.Users.SingleAsync(u => u.Email == email)).SecurityStamp;
    }

    private static async Task<string> TokenAsync(IPage page)
    {
        await page.GotoAsync("/review");
        return (await page.Locator("meta[name=csrf-token]").GetAttributeAsync("content"))!;
    }

    /// <summary>A rating through the API from the page, as app.js sends it, with the given token; the status.</summary>
    private static Task<int> RateAsync(IPage page, string token, string questionId) => page.EvaluateAsync<int>("""
        async ([token, id]) => (await fetch('/api/reviews', { method: 'POST', headers: { 'Content-Type': 'application/json', RequestVerificationToken: token },
          body: JSON.stringify({ questionId: id, rating: 3, revealed: true }) })).status
        """, new[] { token, questionId });
}

public sealed class SqliteCsrfTests(MultiUserAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : CsrfContract<MultiUserAppFixture>(app, browser, output), IClassFixture<MultiUserAppFixture>, IClassFixture<BrowserFixture>;

public sealed class PostgresCsrfTests(MultiUserPostgresAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : CsrfContract<MultiUserPostgresAppFixture>(app, browser, output), IClassFixture<MultiUserPostgresAppFixture>, IClassFixture<BrowserFixture>;
