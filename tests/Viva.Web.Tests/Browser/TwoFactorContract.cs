using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Viva.Data.Accounts;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>
/// Two-factor sign-in in a real browser, driven by the tests' own RFC 6238 authenticator (<see cref="Totp"/>):
/// interviewers and admins must enrol before anything else opens, codes work once, wrong ones count towards
/// the lockout, recovery codes work once; candidates may turn it on. On SQLite and PostgreSQL.
/// </summary>
public abstract class TwoFactorContract<TApp>(TApp app, BrowserFixture browser, ITestOutputHelper output) where TApp : VivaAppFixture
{
    private static readonly string[] GatedPaths = ["/", "/review", "/account", "/questions/gil"];

    protected TApp App { get; } = Init(app, output);

    private static TApp Init(TApp app, ITestOutputHelper output)
    {
        app.LogTo(output);
        return app;
    }

    private static ILocator StudyRoom(IPage page) => page.GetByRole(AriaRole.Heading, new() { Name = "Your study room" });

    [Fact]
    public async Task An_interviewer_must_enrol_first_then_each_code_and_each_recovery_code_signs_in_once()
    {
        const string Email = "ivy@example.com";
        var page = await browser.NewPageAsync(App.BaseUrl);
        await BrowserTest.RunAsync(page, async () =>
        {
            await Members.SetPasswordAsync(page, await Members.InviteAsync(App, Email, Roles.Interviewer));
            await Expect(page).ToHaveURLAsync(Members.SetupUrl());
            // Signed in with a password only: nothing else opens, page or API.
            foreach (var path in GatedPaths)
            {
                await page.GotoAsync(path);
                await Expect(page).ToHaveURLAsync(Members.SetupUrl());
            }
            Assert.Equal(403, (await page.APIRequest.GetAsync("/api/reviews/queue")).Status);
            var key = await page.GetByTestId("authenticator-key").InnerTextAsync();
            Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);
            Assert.StartsWith("otpauth://totp/Viva:ivy%40example.com?secret=", await page.GetByTestId("authenticator-uri").TextContentAsync(), StringComparison.Ordinal);

            // A code from another time is refused, and the page stays.
            await page.GetByLabel("The 6-digit code the app shows").FillAsync(Totp.Now(key, stepOffset: 40));
            await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
            await Expect(page.GetByTestId("two-factor-error")).ToBeVisibleAsync();
            await page.GotoAsync("/review");
            await Expect(page).ToHaveURLAsync(Members.SetupUrl());

            var enrolment = await Members.EnrolAsync(page);
            Assert.Equal(10, enrolment.RecoveryCodes.Count);
            Assert.Equal(10, enrolment.RecoveryCodes.Distinct().Count());
            await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/review$"));
            Assert.Equal(200, (await page.APIRequest.GetAsync("/api/reviews/queue")).Status);

            // Signing in again asks for a code, in a __Host- cookie like the session's.
            await Members.SignOutAsync(page);
            await Members.SignInAsync(page, Email);
            await Expect(page).ToHaveURLAsync(new Regex("/account/two-factor$"));
            var pending = (await page.Context.CookiesAsync()).Single(c => c.Name == "__Host-viva-2fa");
            Assert.True(pending.Secure && pending.HttpOnly && pending.Path == "/" && pending.SameSite == SameSiteAttribute.Strict);
            Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "__Host-viva");
            await page.GotoAsync("/review");
            await Expect(page).ToHaveURLAsync(new Regex("/account/sign-in"));
            await page.GoBackAsync();

            // The code that confirmed the enrolment is still inside its window, but it was used: refused.
            await Members.EnterCodeAsync(page, enrolment.ConfirmedWith);
            await Expect(page.GetByTestId("two-factor-error")).ToContainTextAsync("Wrong code");
            await Members.EnterCodeAsync(page, Totp.Now(key, stepOffset: 40));
            await Expect(page.GetByTestId("two-factor-error")).ToContainTextAsync("Wrong code");
            // The next step's code is new and inside the window Identity allows.
            await Members.EnterCodeAsync(page, Totp.Now(key, stepOffset: 1));
            await Expect(StudyRoom(page)).ToBeVisibleAsync();

            // A recovery code signs in once.
            await Members.SignOutAsync(page);
            await Members.SignInAsync(page, Email);
            await Members.EnterCodeAsync(page, enrolment.RecoveryCodes[0]);
            await Expect(StudyRoom(page)).ToBeVisibleAsync();
            await Members.SignOutAsync(page);
            await Members.SignInAsync(page, Email);
            await Members.EnterCodeAsync(page, enrolment.RecoveryCodes[0]);
            await Expect(page.GetByTestId("two-factor-error")).ToContainTextAsync("Wrong code");
            await Members.EnterCodeAsync(page, enrolment.RecoveryCodes[1]);
            await Expect(StudyRoom(page)).ToBeVisibleAsync();
            await page.GotoAsync("/account");
            await Expect(page.GetByTestId("recovery-codes-left")).ToHaveTextAsync("8");
        });
    }

    [Fact]
    public async Task Recovery_codes_are_stored_only_as_hashes_and_plain_ones_from_before_are_hashed_and_still_sign_in_once()
    {
        const string Email = "rhea@example.com";
        var (page, enrolment) = await Members.NewEnrolledAsync(App, browser, Email, Roles.Interviewer);
        await BrowserTest.RunAsync(page, async () =>
        {
            // 20 characters of Identity's 26 (94 bits): long enough that a bare SHA-256 of each cannot be searched.
            Assert.All(enrolment!.RecoveryCodes, c => Assert.Matches("^([2-9BCDFGHJKMNPQRTVWXY]{5}-){3}[2-9BCDFGHJKMNPQRTVWXY]{5}$", c));
            var stored = await StoredCodesAsync(Email);
            Assert.Equal(10, stored.Split(';').Length);
            foreach (var code in enrolment.RecoveryCodes)
            {
                Assert.DoesNotContain(code, stored, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), stored, StringComparison.OrdinalIgnoreCase);
            }

            // A database from before hashing kept Identity's codes in plain text: the start-up migration hashes them.
            const string Legacy = "BCDFG-HJKMN";
            await using (var db = App.OpenDatabase())
            {
                var userId = (await db.Users.SingleAsync(u => u.Email == Email)).Id;
                var row = await db.UserTokens.SingleAsync(t => t.UserId == userId && t.LoginProvider == RecoveryCodes.Store && t.Name == RecoveryCodes.TokenName);
                row.Value = $"{Legacy};PQRTV-WXY23";
                await db.SaveChangesAsync();
                await Viva.Data.VivaDatabase.MigrateAsync(db);
            }
            stored = await StoredCodesAsync(Email);
            Assert.DoesNotContain(Legacy, stored, StringComparison.Ordinal);
            Assert.DoesNotContain("PQRTV-WXY23", stored, StringComparison.Ordinal);

            await Members.SignOutAsync(page);
            await Members.SignInAsync(page, Email);
            await Members.EnterCodeAsync(page, Legacy.ToLowerInvariant());
            await Expect(StudyRoom(page)).ToBeVisibleAsync();
            await Members.SignOutAsync(page);
            await Members.SignInAsync(page, Email);
            await Members.EnterCodeAsync(page, Legacy);
            await Expect(page.GetByTestId("two-factor-error")).ToContainTextAsync("Wrong code");
            Assert.Single((await StoredCodesAsync(Email)).Split(';'));
        });
    }

    [Fact]
    public async Task After_an_admin_resets_two_factor_the_interviewer_is_signed_out_and_must_enrol_again()
    {
        const string Email = "ian@example.com";
        var (page, enrolment) = await Members.NewEnrolledAsync(App, browser, Email, Roles.Interviewer);
        await BrowserTest.RunAsync(page, async () =>
        {
            // What `viva user reset-2fa` does (its own tests run the command).
            await using (var db = App.OpenDatabase())
                Assert.True(await TwoFactorReset.ResetAsync(db, Email));
            // Another process changed the stamp: the server believes its last check for up to this long.
            await Task.Delay(TimeSpan.FromMilliseconds(Viva.Web.Accounts.SessionStamps.FreshnessMs + 200));

            await page.GotoAsync("/review");
            await Expect(page).ToHaveURLAsync(new Regex("/account/sign-in"));
            // The password alone signs in now, and the first stop is the set-up page, with a new key.
            await Members.SignInAsync(page, Email);
            await Expect(page).ToHaveURLAsync(Members.SetupUrl());
            await page.GotoAsync("/review");
            await Expect(page).ToHaveURLAsync(Members.SetupUrl());
            var again = await Members.EnrolAsync(page);
            Assert.NotEqual(enrolment!.Key, again.Key);
            Assert.Empty(again.RecoveryCodes.Intersect(enrolment.RecoveryCodes));

            // The old recovery codes died with the reset.
            await Members.SignOutAsync(page);
            await Members.SignInAsync(page, Email);
            await Members.EnterCodeAsync(page, enrolment.RecoveryCodes[0]);
            await Expect(page.GetByTestId("two-factor-error")).ToContainTextAsync("Wrong code");
        });
    }

    private async Task<string> StoredCodesAsync(string email)
    {
        await using var db = App.OpenDatabase();
        var userId = (await db.Users.SingleAsync(u => u.Email == email)).Id;
        return (await db.UserTokens.SingleAsync(t => t.UserId == userId && t.LoginProvider == RecoveryCodes.Store && t.Name == RecoveryCodes.TokenName)).Value!;
    }

    [Fact]
    public async Task Wrong_codes_count_towards_the_lockout_like_wrong_passwords()
    {
        const string Email = "adam@example.com";
        var (page, enrolment) = await Members.NewEnrolledAsync(App, browser, Email, Roles.Admin);
        await BrowserTest.RunAsync(page, async () =>
        {
            await Members.SignOutAsync(page);
            await Members.SignInAsync(page, Email);
            for (var i = 0; i < 4; i++)
            {
                await Members.EnterCodeAsync(page, Totp.Now(enrolment!.Key, stepOffset: 40 + i));
                await Expect(page.GetByTestId("two-factor-error")).ToContainTextAsync("Wrong code");
            }
            // A wrong recovery code counts too; it is the fifth failure.
            await Members.EnterCodeAsync(page, "AAAAA-AAAAA");
            await Members.EnterCodeAsync(page, Totp.Now(enrolment!.Key, stepOffset: 1));
            await Expect(page.GetByTestId("two-factor-error")).ToContainTextAsync("locked");
            await Members.EnterCodeAsync(page, enrolment.RecoveryCodes[0]);
            await Expect(page.GetByTestId("two-factor-error")).ToContainTextAsync("locked");
            await using var db = App.OpenDatabase();
            Assert.True((await db.Users.SingleAsync(u => u.Email == Email)).LockoutEnd > DateTimeOffset.UtcNow);
        });
    }

    [Fact]
    public async Task A_candidate_is_not_forced_but_may_turn_it_on_from_the_account_page()
    {
        const string Email = "cora@example.com";
        var page = await Members.NewSignedInAsync(App, browser, Email, Roles.Candidate);
        await BrowserTest.RunAsync(page, async () =>
        {
            await page.GotoAsync("/account");
            await Expect(page.GetByTestId("two-factor-status")).ToHaveTextAsync("Off");
            await page.GetByRole(AriaRole.Link, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
            var enrolment = await Members.EnrolAsync(page);
            await page.GotoAsync("/account");
            await Expect(page.GetByTestId("two-factor-status")).ToHaveTextAsync("On");

            await Members.SignOutAsync(page);
            await Members.SignInAsync(page, Email);
            await Expect(page).ToHaveURLAsync(new Regex("/account/two-factor$"));
            await Members.EnterCodeAsync(page, Totp.Now(enrolment.Key, stepOffset: 1));
            await Expect(StudyRoom(page)).ToBeVisibleAsync();
        });
    }
}

public sealed class SqliteTwoFactorTests(MultiUserAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : TwoFactorContract<MultiUserAppFixture>(app, browser, output), IClassFixture<MultiUserAppFixture>, IClassFixture<BrowserFixture>;

public sealed class PostgresTwoFactorTests(MultiUserPostgresAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : TwoFactorContract<MultiUserPostgresAppFixture>(app, browser, output), IClassFixture<MultiUserPostgresAppFixture>, IClassFixture<BrowserFixture>;
