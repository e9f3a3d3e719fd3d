using Microsoft.Playwright;
using Viva.Data.Accounts;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Browser;

/// <summary>The web's import and export page, as a trainer uses it: a download per format, a file read and reported, nothing written.</summary>
public sealed class InterchangeTests(VivaAppFixture app, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<VivaAppFixture>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_topic_exports_as_a_download_and_a_file_read_back_reports_each_item_and_writes_nothing()
    {
        app.LogTo(output);
        var page = await browser.NewPageAsync(app.BaseUrl);
        var dir = Directory.CreateTempSubdirectory("viva-interchange-");
        try
        {
            await BrowserTest.RunAsync(page, async () =>
            {
                await page.GotoAsync("/");
                await page.GetByRole(AriaRole.Link, new() { Name = "Import/export" }).ClickAsync();
                await page.GetByTestId("losses").Locator("summary").ClickAsync();
                await Expect(page.GetByTestId("losses").Locator("li").First).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"^GIFT: \d+ of \d+ questions lose something, e\.g\. [a-z-]+: "));
                await Expect(page.GetByTestId("losses")).Not.ToContainTextAsync("@");
                await page.GetByLabel("Format").SelectOptionAsync("gift");
                await page.GetByLabel("Questions").SelectOptionAsync("gil");
                var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download" }).ClickAsync());
                Assert.Equal("viva-gil.gift", download.SuggestedFilename);
                var gift = Path.Combine(dir.FullName, "gil.gift");
                await download.SaveAsAsync(gift);
                Assert.Contains("::", await File.ReadAllTextAsync(gift), StringComparison.Ordinal);

                var bankFiles = Directory.GetFiles(RepoPaths.Bank, "*.md", SearchOption.AllDirectories).Length;
                await page.GetByLabel("A GIFT, Moodle XML or Anki file").SetInputFilesAsync(gift);
                await page.GetByRole(AriaRole.Button, new() { Name = "Read it" }).ClickAsync();
                await Expect(page.GetByTestId("import-summary")).ToContainTextAsync("GIFT questions:");
                await Expect(page.GetByTestId("import-summary")).ToContainTextAsync("imported");
                await Expect(page.GetByTestId("import-file").First).ToContainTextAsync("gil.md");
                await BrowserTest.SnapAsync(page, "issue17-interchange");
                Assert.Equal(bankFiles, Directory.GetFiles(RepoPaths.Bank, "*.md", SearchOption.AllDirectories).Length);

                // A hostile file is one clear line; the client's path never reaches the server's disk or the message.
                var evil = Path.Combine(dir.FullName, "evil.xml");
                await File.WriteAllTextAsync(evil, "<?xml version=\"1.0\"?>\n<!DOCTYPE q [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<quiz>&x;</quiz>");
                await page.GetByLabel("A GIFT, Moodle XML or Anki file").SetInputFilesAsync(evil);
                var response = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Read it" }).ClickAsync(),
                    r => r.Request.Method == "POST");
                Assert.Equal(400, response.Status);
                await Expect(page.GetByTestId("import-problem")).ToContainTextAsync("DOCTYPE");
                await Expect(page.GetByTestId("import-problem")).Not.ToContainTextAsync("root:");
            });
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

/// <summary>In multi-user mode a candidate neither sees the page nor downloads the bank; a trainer does.</summary>
public sealed class InterchangeAccessTests(MultiUserAppFixture app, BrowserFixture browser) : IClassFixture<MultiUserAppFixture>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_candidate_gets_404_on_the_page_and_the_download_and_a_trainer_gets_the_file()
    {
        var candidate = await Members.NewSignedInAsync(app, browser, $"cand-{Guid.NewGuid():N}@example.com", Roles.Candidate);
        var trainer = await Members.NewSignedInAsync(app, browser, $"trainer-{Guid.NewGuid():N}@example.com", Roles.Trainer);

        Assert.Equal(404, (await candidate.GotoAsync("/interchange"))!.Status);
        Assert.Equal(404, (await candidate.APIRequest.GetAsync("/interchange/export?format=gift")).Status);
        await Expect(candidate.GetByRole(AriaRole.Link, new() { Name = "Import/export" })).ToHaveCountAsync(0);
        var file = await trainer.APIRequest.GetAsync("/interchange/export?format=moodle-xml&scope=gil");
        Assert.Equal(200, file.Status);
        Assert.Contains("<quiz>", await file.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(400, (await trainer.APIRequest.GetAsync("/interchange/export?format=pdf")).Status);
    }
}
