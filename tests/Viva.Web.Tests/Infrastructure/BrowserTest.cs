using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Viva.Web.Tests.Infrastructure;

/// <summary>Runs a browser test body and saves a full-page screenshot under artifacts/screenshots when it fails.</summary>
internal static class BrowserTest
{
    /// <summary>Saves a full-page screenshot of a step, for a person to look at (artifacts/screenshots is git-ignored).</summary>
    public static async Task SnapAsync(IPage page, string name, ILocator? around = null)
    {
        Directory.CreateDirectory(RepoPaths.Screenshots);
        if (around is not null)
            await around.EvaluateAsync("e => e.scrollIntoView({ block: 'center' })");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, name + ".png"), FullPage = around is null });
    }

    public static async Task RunAsync(IPage page, Func<Task> body, [CallerMemberName] string name = "")
    {
        try
        {
            await body();
        }
        catch (Exception)
        {
            Directory.CreateDirectory(RepoPaths.Screenshots);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, name + ".png"), FullPage = true });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
