using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Viva.Data.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Infrastructure;

/// <summary>People of a multi-user app, made the way an admin makes them: an invitation link, then a password (and, for interviewers and admins, an authenticator app).</summary>
internal static partial class Members
{
    public const string Password = "a walk along the quiet river";

    /// <summary>What enrolling in two-factor sign-in gave: the authenticator key, the code that confirmed it, and the recovery codes.</summary>
    public sealed record Enrolment(string Key, string ConfirmedWith, IReadOnlyList<string> RecoveryCodes);

    /// <summary>What <c>viva user add</c> does: an invitation in the database, and its link's path.</summary>
    public static async Task<string> InviteAsync(VivaAppFixture app, string email, string role, string? team = null)
    {
        await using var db = app.OpenDatabase();
        return $"/account/set-password?token={await Invitations.CreateAsync(db, email, role, "cli", app.Clock.GetUtcNow(), team)}";
    }

    /// <summary>A new browser whose person accepted an invitation and is signed in (enrolled in two-factor sign-in where the role needs it).</summary>
    public static async Task<IPage> NewSignedInAsync(VivaAppFixture app, BrowserFixture browser, string email, string role, string? team = null) =>
        (await NewEnrolledAsync(app, browser, email, role, team)).Page;

    /// <summary>As <see cref="NewSignedInAsync"/>, with the enrolment of an interviewer or admin (null for other roles).</summary>
    public static async Task<(IPage Page, Enrolment? Enrolment)> NewEnrolledAsync(VivaAppFixture app, BrowserFixture browser, string email, string role, string? team = null)
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await SetPasswordAsync(page, await InviteAsync(app, email, role, team));
        Enrolment? enrolment = null;
        if (role is Roles.Interviewer or Roles.Admin)
        {
            enrolment = await EnrolAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
        }
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your study room" })).ToBeVisibleAsync();
        return (page, enrolment);
    }

    public static async Task SetPasswordAsync(IPage page, string link)
    {
        await page.GotoAsync(link);
        await page.GetByLabel("New password").FillAsync(Password);
        await page.GetByLabel("Repeat it").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set password and sign in" }).ClickAsync();
    }

    /// <summary>On the set-up page: reads the key, confirms it with the current code, and keeps the recovery codes shown once.</summary>
    public static async Task<Enrolment> EnrolAsync(IPage page)
    {
        await Expect(page).ToHaveURLAsync(SetupUrl());
        var key = await page.GetByTestId("authenticator-key").InnerTextAsync();
        var code = Totp.Now(key);
        await page.GetByLabel("The 6-digit code the app shows").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Expect(page.GetByTestId("two-factor-on")).ToBeVisibleAsync();
        return new Enrolment(key, code, await page.GetByTestId("recovery-codes").Locator("li").AllInnerTextsAsync());
    }

    public static async Task SignInAsync(IPage page, string email, string password = Password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>On the code step of sign-in: submits a code (a TOTP code or a recovery code).</summary>
    public static async Task EnterCodeAsync(IPage page, string code)
    {
        await page.GetByLabel("Code from your authenticator app").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
    }

    public static async Task SignOutAsync(IPage page)
    {
        await page.GotoAsync("/account");
        await page.GetByTestId("sign-out").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    [GeneratedRegex("/account/two-factor/setup")]
    public static partial Regex SetupUrl();
}
