using Microsoft.Playwright;

namespace Viva.Web.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium (installed by scripts/install-deps.sh) driven by Playwright, headless. A browser is
/// never downloaded: the executable path is fixed, and a missing Chromium fails the tests with the fix.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/install-deps.sh");
        // The machine is shared and slow at times: wait up to 20 s for an expectation, not 5.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (cookies, storage) on the app, with axe-core loaded into every page when asked.</summary>
    public async Task<IPage> NewPageAsync(string baseUrl, bool withAxe = false, int width = 1200, bool dark = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light,
        });
        // Only the app's own origin may be contacted: anything else is a bug (a CDN, a tracker) and fails the test.
        await context.RouteAsync(url => !url.StartsWith(baseUrl, StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal),
            route => throw new InvalidOperationException($"unexpected outbound request to {route.Request.Url}"));
        if (withAxe)
            await context.AddInitScriptAsync(scriptPath: RepoPaths.AxeScript);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
