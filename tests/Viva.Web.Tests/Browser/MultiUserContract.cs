using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Viva.Data.Accounts;
using Viva.Web.Hosting;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>
/// Multi-user mode in a real browser: invitation links, the password rules, sign-in and lockout, the
/// server-side end of a session, and each person's study data kept apart; on SQLite and PostgreSQL.
/// </summary>
public abstract class MultiUserContract<TApp>(TApp app, BrowserFixture browser, ITestOutputHelper output) where TApp : VivaAppFixture
{
    private const string Password = Members.Password;
    private static readonly string[] GatedPaths = ["/", "/review", "/questions/gil", "/progress", "/api-reference"];

    protected TApp App { get; } = Init(app, output);

    private static TApp Init(TApp app, ITestOutputHelper output)
    {
        app.LogTo(output);
        return app;
    }

    private Task<string> InviteAsync(string email, string role) => Members.InviteAsync(App, email, role);

    private Task<IPage> NewMemberAsync(string email, string role) => Members.NewSignedInAsync(App, browser, email, role);

    private static Task SignInAsync(IPage page, string email, string password) => Members.SignInAsync(page, email, password);

    [Fact]
    public async Task A_stranger_sees_only_the_sign_in_page_and_the_api_answers_401()
    {
        var page = await browser.NewPageAsync(App.BaseUrl);
        await BrowserTest.RunAsync(page, async () =>
        {
            // A question page is served from the page cache in local mode: the gate stands before it.
            foreach (var path in GatedPaths)
            {
                await page.GotoAsync(path);
                await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
            }
            var api = await page.APIRequest.GetAsync("/api/reviews/queue");
            Assert.Equal(401, api.Status);
            var openApi = await page.APIRequest.GetAsync("/openapi/v1.json");
            Assert.Equal(401, openApi.Status);
        });
    }

    [Fact]
    public async Task An_invited_admin_refuses_a_common_password_signs_in_and_invites_an_interviewer_whose_link_works_once()
    {
        var link = await InviteAsync("admin@example.com", Roles.Admin);
        var page = await browser.NewPageAsync(App.BaseUrl);
        await BrowserTest.RunAsync(page, async () =>
        {
            await page.GotoAsync(link);
            await Expect(page.GetByTestId("invited-email")).ToHaveTextAsync("admin@example.com");
            foreach (var (weak, why) in new[] { ("password123", "common"), ("short", "at least 8") })
            {
                await page.GetByLabel("New password").FillAsync(weak);
                await page.GetByLabel("Repeat it").FillAsync(weak);
                // The browser's own minlength check would stop "short" before the server sees it.
                await page.EvaluateAsync("() => document.getElementById('password').removeAttribute('minlength')");
                await page.GetByRole(AriaRole.Button, new() { Name = "Set password and sign in" }).ClickAsync();
                await Expect(page.GetByTestId("password-errors")).ToContainTextAsync(why);
            }
            await using (var db = App.OpenDatabase())
                Assert.False(await db.Users.AnyAsync(u => u.Email == "admin@example.com"));

            await page.GetByLabel("New password").FillAsync(Password);
            await page.GetByLabel("Repeat it").FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Set password and sign in" }).ClickAsync();
            // An admin sets up two-factor sign-in before anything else.
            await Members.EnrolAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your study room" })).ToBeVisibleAsync();
            var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "__Host-viva");
            Assert.True(cookie.Secure && cookie.HttpOnly && cookie.Path == "/" && cookie.SameSite == SameSiteAttribute.Strict);

            await page.GotoAsync("/account");
            await Expect(page.GetByTestId("account-roles")).ToHaveTextAsync("Admin");
            await page.GetByLabel("E-mail").FillAsync("interviewer@example.com");
            await page.GetByLabel("Role").SelectOptionAsync("Interviewer");
            await page.GetByRole(AriaRole.Button, new() { Name = "Make a link" }).ClickAsync();
            var invite = new Uri(await page.GetByTestId("invite-link").InnerTextAsync()).PathAndQuery;

            var other = await browser.NewPageAsync(App.BaseUrl);
            await Members.SetPasswordAsync(other, invite);
            await Members.EnrolAsync(other);
            await other.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
            await Expect(other.GetByRole(AriaRole.Heading, new() { Name = "Your study room" })).ToBeVisibleAsync();
            await other.GotoAsync("/account");
            await Expect(other.GetByTestId("account-roles")).ToHaveTextAsync("Interviewer");

            var third = await browser.NewPageAsync(App.BaseUrl);
            var reuse = await third.GotoAsync(invite);
            Assert.Equal(410, reuse!.Status);
            await Expect(third.GetByTestId("link-error")).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task Each_person_reads_and_rates_only_their_own_cards()
    {
        var alice = await NewMemberAsync("alice@example.com", Roles.Candidate);
        var bob = await NewMemberAsync("bob@example.com", Roles.Candidate);
        await BrowserTest.RunAsync(alice, async () =>
        {
            var status = await alice.EvaluateAsync<string>("""
                async () => {
                  const token = document.querySelector('meta[name=csrf-token]').content;
                  const r = await fetch('/api/reviews', { method: 'POST', headers: { 'Content-Type': 'application/json', RequestVerificationToken: token },
                    body: JSON.stringify({ questionId: 'gil', rating: 3, revealed: true }) });
                  return r.status === 200 ? '200' : r.status + ': ' + await r.text();
                }
                """);
            Assert.Equal("200", status);
            await alice.GotoAsync("/review/cards");
            await Expect(alice.Locator("main")).ToContainTextAsync("GIL");
            await bob.GotoAsync("/review/cards");
            await Expect(bob.Locator("main")).Not.ToContainTextAsync("GIL");

            await using var db = App.OpenDatabase();
            var ids = await db.Users.ToDictionaryAsync(u => u.Email!, u => u.Id);
            db.UserId = ids["bob@example.com"];
            Assert.Equal(0, await db.Reviews.CountAsync());
            db.UserId = ids["alice@example.com"];
            Assert.Equal(1, await db.Reviews.CountAsync(r => r.QuestionId == "gil"));
        });
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused()
    {
        var member = await NewMemberAsync("carol@example.com", Roles.Candidate);
        await member.Context.ClearCookiesAsync();
        await BrowserTest.RunAsync(member, async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                await SignInAsync(member, "carol@example.com", $"wrong guess number {i}");
                await Expect(member.GetByTestId("sign-in-error")).ToContainTextAsync("Wrong e-mail or password");
            }
            await SignInAsync(member, "carol@example.com", Password);
            await Expect(member.GetByTestId("sign-in-error")).ToBeVisibleAsync();
            await using var db = App.OpenDatabase();
            Assert.True((await db.Users.SingleAsync(u => u.Email == "carol@example.com")).LockoutEnd > App.Clock.GetUtcNow());
            // An unknown address gets the same answer: the page does not tell who has an account.
            await SignInAsync(member, "nobody@example.com", Password);
            await Expect(member.GetByTestId("sign-in-error")).ToContainTextAsync("Wrong e-mail or password");
        });
    }

    [Fact]
    public async Task Signing_in_issues_a_new_cookie_and_signing_out_makes_the_old_one_worthless()
    {
        var member = await NewMemberAsync("dave@example.com", Roles.Candidate);
        await BrowserTest.RunAsync(member, async () =>
        {
            // Session fixation: a cookie planted before sign-in is replaced, never adopted.
            await member.Context.ClearCookiesAsync();
            await member.Context.AddCookiesAsync([new Cookie { Name = "__Host-viva", Value = "planted", Domain = "127.0.0.1", Path = "/", Secure = true }]);
            await SignInAsync(member, "dave@example.com", Password);
            await Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Your study room" })).ToBeVisibleAsync();
            var session = (await member.Context.CookiesAsync()).Where(c => c.Name == "__Host-viva").ToList();
            Assert.DoesNotContain(session, c => c.Value == "planted");

            await member.GotoAsync("/account");
            await member.GetByTestId("sign-out").ClickAsync();
            await Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();

            // The cookie copied before the sign-out no longer opens anything.
            var thief = await browser.NewPageAsync(App.BaseUrl);
            await thief.Context.AddCookiesAsync(session.Select(c => new Cookie { Name = c.Name, Value = c.Value, Domain = "127.0.0.1", Path = "/", Secure = true }));
            await thief.GotoAsync("/review");
            await Expect(thief).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
        });
    }

    [Fact]
    public async Task A_session_ends_after_its_idle_time_and_after_its_absolute_time()
    {
        var member = await NewMemberAsync("erin@example.com", Roles.Candidate);
        await BrowserTest.RunAsync(member, async () =>
        {
            // Requests every 25 minutes keep the session alive (sliding) until the absolute limit.
            var lived = TimeSpan.Zero;
            while (lived + TimeSpan.FromMinutes(25) < TimeSpan.FromHours(12))
            {
                App.Clock.Advance(TimeSpan.FromMinutes(25));
                lived += TimeSpan.FromMinutes(25);
                await member.GotoAsync("/review");
                Assert.EndsWith("/review", member.Url, StringComparison.Ordinal);
            }
            App.Clock.Advance(TimeSpan.FromMinutes(25));
            await member.GotoAsync("/review");
            await Expect(member).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));

            await SignInAsync(member, "erin@example.com", Password);
            await Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Your study room" })).ToBeVisibleAsync();
            App.Clock.Advance(TimeSpan.FromMinutes(31));
            await member.GotoAsync("/review");
            await Expect(member).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
        });
    }
}

public sealed class SqliteMultiUserTests(MultiUserAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : MultiUserContract<MultiUserAppFixture>(app, browser, output), IClassFixture<MultiUserAppFixture>, IClassFixture<BrowserFixture>;

public sealed class PostgresMultiUserTests(MultiUserPostgresAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : MultiUserContract<MultiUserPostgresAppFixture>(app, browser, output), IClassFixture<MultiUserPostgresAppFixture>, IClassFixture<BrowserFixture>;

/// <summary>One address cannot try password after password across accounts.</summary>
public sealed class SignInThrottleTests(ThrottledAppFixture app, BrowserFixture browser) : IClassFixture<ThrottledAppFixture>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_eleventh_attempt_in_a_minute_from_one_address_is_refused_with_429()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        IResponse? last = null;
        for (var i = 0; i <= new VivaWebOptions { BankPaths = [] }.SignInAttemptsPerMinute; i++)
        {
            await page.GotoAsync("/account/sign-in");
            await page.GetByLabel("E-mail").FillAsync($"user{i}@example.com");
            await page.GetByLabel("Password").FillAsync("some long password");
            last = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
                r => r.Request.Method == "POST" && r.Url.Contains("/account/sign-in", StringComparison.Ordinal));
            if (i < 10)
                Assert.Equal(400, last!.Status);
        }
        Assert.Equal(429, last!.Status);
        await Expect(page.GetByTestId("sign-in-error")).ToContainTextAsync("Too many sign-in attempts");
    }
}
