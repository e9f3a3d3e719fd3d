using System.CommandLine;
using System.Diagnostics;
using Viva.Cli.Shared;
using Viva.Core.Scheduling;
using Viva.Data.Reviews;

namespace Viva.Cli.Database;

/// <summary><c>viva db rebuild</c>: recomputes every card's state from the review log.</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var rebuild = new Command("rebuild", "Recompute every card's scheduling state from the review log (the log is never changed).") { db };
        rebuild.SetAction(async (parse, ct) =>
        {
            var (database, error) = await UserData.OpenAsync(parse.GetValue(db), ct);
            if (database is null)
                return CliError.Fail(error!);
            await using (database)
            {
                var clock = Stopwatch.StartNew();
                var (reviews, cards) = await new ReviewLog(database, new FsrsScheduler(FsrsParameters.Default with { EnableFuzz = true })).RebuildAsync(ct);
                Console.WriteLine($"rebuilt {cards} cards from {reviews} reviews in {clock.Elapsed.TotalSeconds:0.00} s");
            }
            return 0;
        });
        return new Command("db", "Maintain the user database.") { rebuild };
    }
}
