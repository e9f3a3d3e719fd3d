using Microsoft.Extensions.DependencyInjection;
using Viva.Data.Interviews;
using Viva.Web.Bank;
using Viva.Web.Tests.Infrastructure;

namespace Viva.Web.Tests.Calibration;

/// <summary>
/// The calibration page at a realistic size (50 interviews of 6 questions, 3 interviewers) in local mode:
/// its fixed-seed bootstrap prints the same figures on every load, whether computed or cached. How long the
/// figures take is a benchmark, not a test: `dotnet run -c Release --project bench/Viva.Bench -- calibration`.
/// </summary>
public sealed class CalibrationPageReloadTests(VivaAppFixture app, ITestOutputHelper output) : IClassFixture<VivaAppFixture>
{
    [Fact]
    public async Task Fifty_interviews_print_the_same_figures_on_every_load()
    {
        app.LogTo(output);
        await SeedAsync(interviews: 50, questions: 6, raters: ["r1", "r2", "r3"]);
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };

        var first = await http.GetStringAsync("/calibration");
        var again = await http.GetStringAsync("/calibration");

        Assert.Contains("data-figure=\"icc\" data-value=\"0.", first, StringComparison.Ordinal);
        // The page's own part (the form tokens differ per response, the figures must not).
        Assert.Equal(MainOf(first), MainOf(again));
    }

    private static string MainOf(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

    private async Task SeedAsync(int interviews, int questions, string[] raters)
    {
        var bank = app.Services.GetRequiredService<BankCatalog>();
        var ids = bank.Questions.Take(questions).Select(q => q.Id).ToList();
        var random = new Random(14);
        await using var db = app.OpenDatabase();
        for (var i = 0; i < interviews; i++)
        {
            var id = $"reload-{i:00}";
            db.Interviews.Add(new InterviewRecord
            {
                Id = id, Team = "local", CandidateName = $"Candidate {i}", KitName = "Reload", Level = "senior", Minutes = 45,
                QuestionIds = string.Join('\n', ids), Panel = string.Join(',', raters), CreatedBy = "local", CreatedAt = i,
            });
            foreach (var rater in raters)
            {
                db.Scorecards.Add(new ScorecardRecord { InterviewId = id, InterviewerId = rater, SubmittedAt = 1 });
                foreach (var q in ids)
                {
                    // A candidate's level plus a little noise per interviewer: agreement that is good, not perfect.
                    var score = Math.Clamp(1 + (i + q.Length) % 4 + random.Next(-1, 2) * (random.Next(3) == 0 ? 1 : 0), 1, 4);
                    db.ScoreEntries.Add(new ScoreEntryRecord { InterviewId = id, InterviewerId = rater, QuestionId = q, Score = score });
                }
            }
        }
        await db.SaveChangesAsync();
    }
}
