using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Viva.Cli.Check;
using Viva.Cli.Shared;
using Viva.Core.Bank;
using Viva.Core.Scheduling;
using Viva.Data.Reviews;

namespace Viva.Cli.Stats;

/// <summary><c>viva stats</c>: what is due, how much was reviewed, retention achieved, mastery per area.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var bank = CommonOptions.Bank();
        var command = new Command("stats", "Show due counts, reviews per day, retention achieved vs desired, and mastery per area.") { db, bank };
        command.SetAction(async (parse, ct) =>
        {
            var loaded = QuestionBank.Load(BankLocation.OrDefault(parse.GetValue(bank)));
            var questions = loaded.Questions.ToDictionary(q => q.Id);
            var (database, error) = await UserData.OpenAsync(parse.GetValue(db), ct);
            if (database is null)
                return CliError.Fail(error!);
            await using (database)
            {
                var scheduler = new FsrsScheduler();
                var now = DateTimeOffset.UtcNow;
                var cards = await database.Cards.AsNoTracking().ToListAsync(ct);
                var reviews = await database.Reviews.AsNoTracking().OrderBy(r => r.QuestionId).ThenBy(r => r.ReviewedAt)
                    .Select(r => new { r.QuestionId, r.ReviewedAt, r.Rating }).ToListAsync(ct);

                var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
                long Ms(DateTimeOffset t) => t.ToUnixTimeMilliseconds();
                var live = cards.Where(c => questions.ContainsKey(c.QuestionId)).ToList();
                var summary = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumns("", "");
                summary.AddRow("Due now", live.Count(c => c.DueAt <= Ms(now)).ToString(CultureInfo.InvariantCulture));
                summary.AddRow("Due by end of today (UTC)", live.Count(c => c.DueAt < Ms(today.AddDays(1))).ToString(CultureInfo.InvariantCulture));
                summary.AddRow("Due within 7 days", live.Count(c => c.DueAt < Ms(today.AddDays(7))).ToString(CultureInfo.InvariantCulture));
                summary.AddRow("Questions studied", $"{live.Count} of {questions.Count}");
                summary.AddRow("Reviews in total", reviews.Count.ToString(CultureInfo.InvariantCulture));

                // Retention achieved: of the reviews that came a day or more after the previous one (a real test of memory), the share not rated Again.
                var tests = reviews.Zip(reviews.Skip(1)).Where(p => p.First.QuestionId == p.Second.QuestionId && p.Second.ReviewedAt - p.First.ReviewedAt >= 86_400_000).Select(p => p.Second).ToList();
                var achieved = tests.Count == 0 ? "no data yet" : $"{100.0 * tests.Count(r => r.Rating > 1) / tests.Count:0.0}% of {tests.Count} recalls";
                summary.AddRow("Retention achieved vs desired", $"{achieved} vs {scheduler.Parameters.DesiredRetention:P0}");
                var orphaned = cards.Count - live.Count;
                if (orphaned > 0)
                    summary.AddRow("[yellow]Reviewed questions no longer in the bank[/]", $"{orphaned} (their reviews are kept)");
                var changed = live.Count(c => c.ContentHash != questions[c.QuestionId].ContentHash);
                if (changed > 0)
                    summary.AddRow("[yellow]Questions changed since their last review[/]", changed.ToString(CultureInfo.InvariantCulture));
                AnsiConsole.Write(summary);

                var perDay = new Table().Title("Reviews per day (UTC)").Border(TableBorder.Rounded).AddColumns("Day", "Reviews", "");
                for (var d = 13; d >= 0; d--)
                {
                    var day = today.AddDays(-d);
                    var n = reviews.Count(r => r.ReviewedAt >= Ms(day) && r.ReviewedAt < Ms(day.AddDays(1)));
                    perDay.AddRow(day.ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture), n.ToString(CultureInfo.InvariantCulture), new string('█', Math.Min(n, 50)));
                }
                AnsiConsole.Write(perDay);

                var byId = live.ToDictionary(c => c.QuestionId);
                // The same figure as the web pages (Core's Mastery), so the two never disagree.
                MasteryFigure Of(IEnumerable<Question> group) => Mastery.Of(scheduler, group.Select(q => byId.TryGetValue(q.Id, out var c) ? ReviewLog.ToState(c) : (CardState?)null), now);
                // Areas and topics by the titles bank.yml gives them, as the web shows them, and in its order.
                var order = loaded.Taxonomies.SelectMany(t => t.Areas).SelectMany(a => a.Topics.Select(t => (a.Id, t.Id)).Prepend((a.Id, "")))
                    .Distinct().Select((key, index) => (key, index)).ToDictionary(x => x.key, x => x.index);
                int Place(string area, string topic) => order.GetValueOrDefault((area, topic), int.MaxValue);
                var mastery = new Table().Title("Mastery per area, and per topic studied").Border(TableBorder.Rounded)
                    .AddColumns("Area / topic", "Studied", "Mastery").Caption(Markup.Escape(Mastery.Explanation));
                foreach (var area in questions.Values.GroupBy(q => q.Area).OrderBy(g => Place(g.Key, "")).ThenBy(g => g.Key, StringComparer.Ordinal))
                {
                    var figure = Of(area);
                    mastery.AddRow($"[bold]{Markup.Escape(loaded.AreaTitle(area.Key))}[/]", $"{figure.Studied}/{figure.Questions}", $"[bold]{figure.Percent}%[/]");
                    // Only topics begun are listed, so a new learner's table stays one line per area.
                    foreach (var topic in area.GroupBy(q => q.Topic).Where(t => t.Any(q => byId.ContainsKey(q.Id)))
                                 .OrderBy(g => Place(area.Key, g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal))
                    {
                        var t = Of(topic);
                        mastery.AddRow("  " + Markup.Escape(loaded.TopicTitle(area.Key, topic.Key)), $"{t.Studied}/{t.Questions}", $"{t.Percent}%");
                    }
                }
                AnsiConsole.Write(mastery);
            }
            return 0;
        });
        return command;
    }
}
