using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Infrastructure;

/// <summary>An interviewer's steps through the pages: a kit proposed and an interview started, a scorecard filled in.</summary>
internal static class Interviewing
{
    /// <summary>Proposes a 45-minute senior kit, moves its first question down, shares it and starts an interview with the second interviewer too when named.</summary>
    public static async Task<string> BuildKitAndStartAsync(IPage ivy, string? secondInterviewer)
    {
        await ivy.GotoAsync("/kits");
        await ivy.GetByLabel("Name").FillAsync("Senior backend, 45 minutes");
        await ivy.GetByLabel("Level").SelectOptionAsync("senior");
        await ivy.GetByLabel("Time box (minutes)").FillAsync("45");
        await ivy.GetByRole(AriaRole.Button, new() { Name = "Propose" }).ClickAsync();
        await Expect(ivy.GetByTestId("kit-name")).ToHaveTextAsync("Senior backend, 45 minutes");
        await Expect(ivy.GetByTestId("kit-violation")).ToHaveCountAsync(0);
        var summary = await ivy.GetByTestId("kit-summary").TextContentAsync();
        var total = int.Parse(Regex.Match(summary!, @"(\d+) min over").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(total, 41, 49);

        var items = ivy.GetByTestId("kit-questions").Locator("li[data-question]");
        var first = await items.First.GetAttributeAsync("data-question");
        await items.First.GetByRole(AriaRole.Button, new() { NameRegex = new("down$") }).ClickAsync();
        await Expect(items.Nth(1)).ToHaveAttributeAsync("data-question", first!);

        await ivy.GetByTestId("kit-shared").CheckAsync();
        await ivy.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(ivy.GetByTestId("kit-summary")).ToContainTextAsync("shared with the team");

        await ivy.GetByLabel("Candidate's name").FillAsync("Casey Jones");
        if (secondInterviewer is not null)
            await ivy.GetByLabel(secondInterviewer).CheckAsync();
        await ivy.GetByRole(AriaRole.Button, new() { Name = "Start the interview" }).ClickAsync();
        await Expect(ivy.GetByTestId("candidate")).ToHaveTextAsync("Casey Jones");
        return new Uri(ivy.Url).AbsolutePath;
    }

    /// <summary>Scores each question of the interview through its page; returns how many there were.</summary>
    public static async Task<int> ScoreAllAsync(IPage page, string interviewUrl, int score, string? note, int? firstScore = null, string? firstNote = null)
    {
        await page.GotoAsync(interviewUrl + "/questions/1");
        for (var n = 1; ; n++)
        {
            var form = page.GetByTestId("scorecard");
            await form.Locator("input[name=ticks]").First.CheckAsync();
            await form.Locator($"input[name=score][value='{(n == 1 ? firstScore ?? score : score)}']").CheckAsync();
            if ((n == 1 ? firstNote : note) is { } text)
                await form.GetByLabel("Notes").FillAsync(text);
            var last = await page.GetByTestId("save-next").TextContentAsync() == "Save and finish";
            await page.GetByTestId("save-next").ClickAsync();
            if (last)
            {
                await Expect(page.GetByTestId("my-scores")).ToBeVisibleAsync();
                return n;
            }
            await Expect(page).ToHaveURLAsync(new Regex($"/questions/{n + 1}$"));
        }
    }

}
