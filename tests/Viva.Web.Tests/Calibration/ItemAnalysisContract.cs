using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Viva.Data.Attempts;
using Viva.Web.Bank;
using Viva.Web.Calibration;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Calibration;

/// <summary>
/// Item analysis golden file: six people's quiz answers stored through the data layer (each under their own
/// owner, as the study pages store them) give exactly the p and r worked by hand in item-analysis.golden.txt,
/// in the page's order, on SQLite and PostgreSQL; the page in a browser lists the wrong key first.
/// </summary>
public abstract class ItemAnalysisContract<TApp>(TApp app, BrowserFixture browser, ITestOutputHelper output) where TApp : VivaAppFixture
{
    private const string Dwa = "decorators-with-arguments";

    /// <summary>Per person, per item (gil#0-2, dwa#0-1): 1 right, 0 wrong, '-' not answered; as in the golden file.</summary>
    private static readonly (string User, string Answers)[] Table =
        [("u1", "11111"), ("u2", "11100"), ("u3", "1100-"), ("u4", "1001-"), ("u5", "0001-"), ("u6", "1010-")];

    private static readonly (string Question, int Index)[] Items = [("gil", 0), ("gil", 1), ("gil", 2), (Dwa, 0), (Dwa, 1)];

    [Fact]
    public async Task Stored_answers_give_the_hand_worked_p_and_r_and_the_page_lists_the_wrong_key_first()
    {
        app.LogTo(output);
        await SeedAsync();
        var bank = app.Services.GetRequiredService<BankCatalog>();
        await using (var db = app.OpenDatabase())
        {
            var rows = await QuizItemAnalysis.LoadAsync(db, bank, CancellationToken.None);
            var i = CultureInfo.InvariantCulture;
            var actual = rows.Select(r => string.Join('\t', $"{r.Question.Id}#{r.ItemIndex}", r.Statistics.Answered.ToString(i),
                r.Statistics.Difficulty!.Value.ToString("0.0000", i), r.Statistics.ItemRest!.Value.ToString("0.0000", i),
                r.TooFewAnswers ? "too few answers" : r.Flags.ToString()));
            var golden = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "Viva.Web.Tests", "Calibration", "item-analysis.golden.txt"))
                .Where(l => l.Length > 0 && !l.StartsWith('#'));
            Assert.Equal(golden, actual);
        }
        var page = await browser.NewPageAsync(app.BaseUrl);
        await BrowserTest.RunAsync(page, async () =>
        {
            await page.GotoAsync("/calibration/items");
            var rows = page.GetByTestId("items").Locator("tbody tr");
            await Expect(rows.First).ToHaveAttributeAsync("data-item", $"{Dwa}#0");
            await Expect(rows.First.GetByTestId("flags")).ToHaveTextAsync("check the key");
            await Expect(rows.Last.GetByTestId("too-few")).ToHaveTextAsync("too few answers");
            await page.ScreenshotAsync(new() { Path = $"/tmp/items-{typeof(TApp).Name}.png", FullPage = true });
        });
    }

    private async Task SeedAsync()
    {
        var bank = app.Services.GetRequiredService<BankCatalog>();
        foreach (var (user, answers) in Table)
        {
            await using var db = app.OpenDatabase();
            db.UserId = user;
            for (var k = 0; k < Items.Length; k++)
            {
                if (answers[k] == '-')
                    continue;
                var (question, index) = Items[k];
                db.QuizAnswers.Add(new QuizAnswerRecord
                {
                    QuestionId = question, ItemIndex = index, AnsweredAt = 1000 + k, Correct = answers[k] == '1', Answer = "x",
                    ContentHash = bank.Find(question)!.ContentHash,
                });
            }
            // A second try after the feedback: not a first answer, so it must not count.
            if (user == "u5")
                db.QuizAnswers.Add(new QuizAnswerRecord { QuestionId = "gil", ItemIndex = 0, AnsweredAt = 5000, Correct = true, Answer = "x", ContentHash = "" });
            await db.SaveChangesAsync();
        }
    }
}

public sealed class SqliteItemAnalysisTests(VivaAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : ItemAnalysisContract<VivaAppFixture>(app, browser, output), IClassFixture<VivaAppFixture>, IClassFixture<BrowserFixture>;

public sealed class PostgresItemAnalysisTests(PostgresAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : ItemAnalysisContract<PostgresAppFixture>(app, browser, output), IClassFixture<PostgresAppFixture>, IClassFixture<BrowserFixture>;
