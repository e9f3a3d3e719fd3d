using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Viva.Core.Scheduling;
using Viva.Data;
using Viva.Data.Reviews;

namespace Viva.Bench;

/// <summary>
/// `rebuild`: fills a fresh SQLite database with 1,000,000 reviews over 10,000 cards, then times
/// `viva db rebuild` (replaying the whole log into card states). Target: under 5 s.
/// </summary>
internal static class RebuildReport
{
    public static async Task RunAsync()
    {
        const int Reviews = 1_000_000, Cards = 10_000;
        var dir = Directory.CreateTempSubdirectory("viva-bench-db-");
        try
        {
            var path = Path.Combine(dir.FullName, "viva.db");
            await using (var db = VivaDatabase.Create(path))
                await VivaDatabase.MigrateAsync(db);
            Fill(path, Reviews, Cards);

            var scheduler = new FsrsScheduler(FsrsParameters.Default with { EnableFuzz = true });
            var runs = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                await using var db = VivaDatabase.Create(path);
                var clock = Stopwatch.StartNew();
                var (reviews, cards) = await new ReviewLog(db, scheduler).RebuildAsync();
                runs.Add(clock.Elapsed.TotalSeconds);
                Console.WriteLine($"run {i + 1}: rebuilt {cards} cards from {reviews} reviews in {runs[^1]:0.00} s");
            }
            runs.Sort();
            Console.WriteLine($"median rebuild of {Reviews:N0} reviews: {runs[1]:0.00} s (target < 5 s), {Reviews / runs[1]:N0} reviews/s");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Bulk-inserts a plausible log: each card reviewed in time order with mostly Good ratings.</summary>
    private static void Fill(string path, int reviews, int cards)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "insert into reviews (QuestionId, ReviewedAt, Rating, DurationMs, ContentHash, Source) values ($q, $at, $r, 1000, 'h', 'bench')";
        var q = insert.Parameters.Add("$q", SqliteType.Text);
        var at = insert.Parameters.Add("$at", SqliteType.Integer);
        var r = insert.Parameters.Add("$r", SqliteType.Integer);
        var random = new Random(42);
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        var perCard = reviews / cards;
        for (var c = 0; c < cards; c++)
        {
            var time = start + random.NextInt64(0, 86_400_000);
            for (var i = 0; i < perCard; i++)
            {
                time += random.NextInt64(600_000, 20L * 86_400_000);
                q.Value = $"q{c:D5}";
                at.Value = time;
                r.Value = random.Next(10) switch { 0 => 1, 1 => 2, 9 => 4, _ => 3 };
                insert.ExecuteNonQuery();
            }
        }
        transaction.Commit();
    }
}
