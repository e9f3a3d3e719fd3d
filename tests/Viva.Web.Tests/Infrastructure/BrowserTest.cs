using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Viva.Web.Tests.Infrastructure;

/// <summary>Runs a browser test body and saves a full-page screenshot under artifacts/screenshots when it fails.</summary>
internal static class BrowserTest
{
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
