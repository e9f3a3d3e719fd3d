using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>The API reference is Scalar's rendering of the OpenAPI document, from this origin only, within its CSP.</summary>
public sealed class ApiReferenceTests : IClassFixture<VivaAppFixture>, IClassFixture<BrowserFixture>
{
    private readonly VivaAppFixture _app;
    private readonly BrowserFixture _browser;

    public ApiReferenceTests(VivaAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    {
        _app = app;
        _browser = browser;
        app.LogTo(output);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_reference_shows_every_endpoint_with_its_schema_without_a_csp_violation_or_console_error(bool dark)
    {
        // NewPageAsync fails any request to another origin: fonts, telemetry or a CDN would show here.
        var page = await _browser.NewPageAsync(_app.BaseUrl, withAxe: true, dark: dark);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                errors.Add(message.Text);
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.Context.AddInitScriptAsync("window.cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`));");
        var shot = Path.Combine(RepoPaths.Screenshots, $"api-reference{(dark ? "-dark" : "")}.png");
        Directory.CreateDirectory(RepoPaths.Screenshots);
        try
        {
            // Reached as before, from the footer of every page.
            await page.GotoAsync("/");
            await page.Locator("footer.site").GetByRole(AriaRole.Link, new() { Name = "API" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/api-reference$"));
            await Expect(page).ToHaveTitleAsync("API reference · Viva");

            // Scalar's bundle is 5 MB of script: on a busy machine its first render can take a while.
            await Expect(page.GetByRole(AriaRole.Complementary)).ToBeVisibleAsync(new() { Timeout = 60_000 });
            // Every endpoint is listed; Scalar renders an operation's details as it scrolls into view.
            var sidebar = page.GetByRole(AriaRole.Complementary);
            foreach (var summary in (string[])["Run Python code in the sandbox", "Rate a question", "Undo a question's latest rating", "Today's review queue",
                "Preview what each rating would schedule", "A question's quiz items", "Answer a quiz item", "Score a written answer", "Search the bank"])
                await Expect(sidebar.GetByRole(AriaRole.Link).Filter(new() { HasText = summary }).First).ToBeVisibleAsync();
            await sidebar.GetByRole(AriaRole.Link, new() { Name = "Rate a question HTTP Method: POST" }).ClickAsync();
            var rate = page.GetByRole(AriaRole.Heading, new() { Name = "Rate a question", Exact = true });
            await Expect(rate).ToBeVisibleAsync();
            // The request body's schema, with the descriptions written in the records' XML comments, and its example.
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Body · ReviewBody" })).ToBeVisibleAsync();
            await Expect(page.GetByText("True once the answer was shown; a rating without it is refused.")).ToBeVisibleAsync();
            await Expect(page.GetByText("\"revealed\": true").First).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            // Zod, inside Scalar, probes whether eval is allowed with an empty Function(); the probe is refused and
            // it falls back. Any other violation is a bug, or an upgrade whose new style hashes are listed here.
            var violations = (await page.EvaluateAsync<string[]>("() => window.cspViolations"))
                .Where(v => !(v.StartsWith("script-src eval ", StringComparison.Ordinal) && Regex.IsMatch(v, @"\(function anonymous\(\s*\) \{\s*\}\)$"))).ToList();
            var styles = await page.EvaluateAsync<string[]>("""
                async () => Promise.all([...document.querySelectorAll('style')].filter(s => !s.nonce).map(async s =>
                    "'sha256-" + btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s.textContent))))) + "'"))
                """);
            Assert.True(violations.Count == 0, $"CSP violations:\n{string.Join('\n', violations)}\nhashes of the style elements without a nonce: {string.Join(' ', styles)}");
            Assert.True(errors.Count == 0, $"console errors:\n{string.Join('\n', errors)}");
            await Axe.AssertNoSeriousViolationAsync(page, $"API reference ({(dark ? "dark" : "light")})");
            // The page is long (every endpoint open), too long for a full-page shot: the view is what a person sees.
            await page.ScreenshotAsync(new() { Path = shot, Timeout = 120_000 });
        }
        catch (Exception)
        {
            await TrySnapAsync(page, shot);
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>A shot of a failure, never in the way of its exception (a busy machine can take too long to paint).</summary>
    private static async Task TrySnapAsync(IPage page, string path)
    {
        try
        {
            await page.ScreenshotAsync(new() { Path = path, Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
        }
    }
}
