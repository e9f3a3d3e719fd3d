using Microsoft.Playwright;
using Viva.Data.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Infrastructure;

/// <summary>People of a multi-user app, made the way an admin makes them: an invitation link, then a password.</summary>
internal static class Members
{
    public const string Password = "a walk along the quiet river";

    /// <summary>What <c>viva user add</c> does: an invitation in the database, and its link's path.</summary>
    public static async Task<string> InviteAsync(VivaAppFixture app, string email, string role, string? team = null)
    {
        await using var db = app.OpenDatabase();
        return $"/account/set-password?token={await Invitations.CreateAsync(db, email, role, "cli", app.Clock.GetUtcNow(), team)}";
    }

    /// <summary>A new browser whose person accepted an invitation and is signed in.</summary>
    public static async Task<IPage> NewSignedInAsync(VivaAppFixture app, BrowserFixture browser, string email, string role, string? team = null)
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.GotoAsync(await InviteAsync(app, email, role, team));
        await page.GetByLabel("New password").FillAsync(Password);
        await page.GetByLabel("Repeat it").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set password and sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your study room" })).ToBeVisibleAsync();
        return page;
    }
}
