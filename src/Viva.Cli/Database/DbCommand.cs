using System.CommandLine;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Viva.Cli.Shared;
using Viva.Core.Scheduling;
using Viva.Data;
using Viva.Data.Reviews;

namespace Viva.Cli.Database;

/// <summary><c>viva db rebuild</c>: recomputes every card's state from the review log; <c>viva db migrate</c>: brings the schema up to date.</summary>
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
                var (reviews, cards) = (0, 0);
                // Every user's cards, one user at a time: the context reads and writes one owner's rows.
                var owners = await database.Reviews.IgnoreQueryFilters().Select(r => EF.Property<string>(r, VivaDb.OwnerColumn)).Distinct().ToListAsync(ct);
                foreach (var owner in owners.Append(VivaDb.LocalUserId).Distinct())
                {
                    database.UserId = owner;
                    var (r, c) = await new ReviewLog(database, new FsrsScheduler(FsrsParameters.Default with { EnableFuzz = true })).RebuildAsync(ct);
                    (reviews, cards) = (reviews + r, cards + c);
                }
                Console.WriteLine($"rebuilt {cards} cards from {reviews} reviews in {clock.Elapsed.TotalSeconds:0.00} s");
            }
            return 0;
        });
        var migrateDb = CommonOptions.Database();
        var migrate = new Command("migrate", "Bring the database's schema up to date (web nodes and commands also do it when they open it; run this first when rolling out a new version to several nodes).") { migrateDb };
        migrate.SetAction(async (parse, ct) =>
        {
            IReadOnlyList<string> applied = [];
            var (database, error) = await UserData.OpenAsync(parse.GetValue(migrateDb), ct, pending => applied = pending);
            if (database is null)
                return CliError.Fail(error!);
            await using (database)
            {
                var all = database.Database.GetMigrations().Count();
                Console.WriteLine(applied.Count == 0
                    ? $"the schema is up to date ({all} migrations)"
                    : $"applied {applied.Count} of {all} migrations: {string.Join(", ", applied)}");
            }
            return 0;
        });
        return new Command("db", "Maintain the user database.") { rebuild, migrate };
    }
}
