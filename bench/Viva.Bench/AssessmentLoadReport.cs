using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Viva.Core.Bank;
using Viva.Data;

namespace Viva.Bench;

/// <summary>
/// `assessment-load [--candidates 200] [--minutes 20] [--postgres]`: the issue's load target for online assessments. A
/// real `viva serve --multi-user` on a fresh SQLite file (or a database of a throwaway PostgreSQL server); the candidates autosave every 10 s, run exercise tests three
/// times and submit, all through HTTP with API tokens. Then the database is compared with what each candidate was
/// told was saved (no answer lost), and the latencies as the clients saw them are printed against the targets.
/// </summary>
internal static class AssessmentLoadReport
{
    private const double SaveP99TargetMs = 100;

    public static async Task RunAsync(int candidates, int minutes, bool postgres)
    {
        if (!postgres)
        {
            var dir = Directory.CreateTempSubdirectory("viva-assessment-load-").FullName;
            try
            {
                await RunAsync(candidates, minutes, Path.Combine(dir, "viva.db"), "SQLite", dir);
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
            return;
        }
        var server = new Viva.Tests.Shared.PostgresServer();
        await server.InitializeAsync();
        try
        {
            await RunAsync(candidates, minutes, await server.CreateDatabaseAsync(), "PostgreSQL", Path.GetTempPath());
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static async Task RunAsync(int candidates, int minutes, string database, string provider, string workingDirectory)
    {
        var bankPath = GeneratedBank.BundledBankPath();
        var root = Path.GetDirectoryName(Path.GetDirectoryName(bankPath)!)!;
        var script = LoadScript.FromBank(QuestionBank.Load([bankPath]));
        var seeding = Stopwatch.StartNew();
        var (_, seats) = await AssessmentLoadSeed.SeedAsync(database, script, candidates, minutes);
        Console.WriteLine($"### assessment-load: {candidates} candidates, {minutes} min, {provider}, {script.Items.Count} parts ({script.Exercises.Count} exercises), {Environment.ProcessorCount} cores");
        Console.WriteLine($"seeded in {seeding.Elapsed.TotalSeconds:0.0} s; load average before: {LoadAverage()}");
        await using var server = await ServedViva.StartAsync(root, database, workingDirectory);
        await AssessmentLoadSeed.StartAllAsync(database, seats);

        var tally = new LoadTally();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = candidates, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            Timeout = TimeSpan.FromMinutes(2),
        };
        var simulated = seats.Select(s => new SimulatedCandidate(s, script, http, server.BaseUrl, tally)).ToList();
        var load = Stopwatch.StartNew();
        await Task.WhenAll(simulated.Select(c => Task.Run(() => c.RunAsync(TimeSpan.FromMinutes(minutes), CancellationToken.None))));
        Console.WriteLine($"load ran {load.Elapsed.TotalMinutes:0.0} min; load average after: {LoadAverage()}");
        await PrintAsync(database, script, simulated, tally);
    }

    private static async Task PrintAsync(string database, LoadScript script, List<SimulatedCandidate> simulated, LoadTally tally)
    {
        await using var db = VivaDatabase.Create(database);
        var ids = simulated.Select(c => c.Seat.AttemptId).ToList();
        var stored = (await db.AttemptAnswers.AsNoTracking().Where(a => ids.Contains(a.AttemptId)).ToListAsync())
            .ToDictionary(a => (a.AttemptId, a.ItemKey), a => a.Text);
        var submitted = await db.Attempts.AsNoTracking().CountAsync(a => ids.Contains(a.Id) && a.SubmittedBy == "candidate");
        var (checkedParts, lost, unacknowledged) = (0, 0, 0);
        foreach (var candidate in simulated)
        {
            foreach (var item in script.Items.Select(i => i.Key))
            {
                checkedParts++;
                var text = stored.GetValueOrDefault((candidate.Seat.AttemptId, item));
                if (text == candidate.Acknowledged(item))
                    continue;
                // A save whose answer was cut off may have been stored after the last acknowledged one: not lost, but counted.
                if (candidate.SentUnacknowledged(item, text))
                    unacknowledged++;
                else
                    lost++;
            }
        }

        Console.WriteLine();
        Console.WriteLine("| request | count | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Row("autosave", tally.SaveMs);
        Row("autosave after the first minute", tally.WarmSaveMs);
        Row("test run (waits included)", tally.RunMs);
        Row("submit", tally.SubmitMs);
        Console.WriteLine();
        Console.WriteLine($"runs: {tally.RunMs.Count} with a result, {tally.RunsWaited} waited for a busy sandbox ({tally.BusyAnswers} answers 503/429, each retried after Retry-After)");
        Console.WriteLine("errors: " + (tally.Errors.IsEmpty ? "none" : string.Join(", ", tally.Errors.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}: {e.Value}"))));
        Console.WriteLine($"answers: {checkedParts} parts checked, {lost} lost, {unacknowledged} stored from a save whose answer never came; submitted by the candidate: {submitted} of {simulated.Count}");
        var p99 = Percentile(tally.SaveMs, 99);
        Console.WriteLine($"targets: autosave p99 {p99:0.0} ms < {SaveP99TargetMs:0} ms {(p99 < SaveP99TargetMs ? "met" : "MISSED")}; "
            + $"no answer lost {(lost == 0 ? "met" : "MISSED")}; every attempt submitted {(submitted == simulated.Count ? "met" : "MISSED")}");
    }

    private static void Row(string name, ConcurrentQueue<double> values) =>
        Console.WriteLine(values.IsEmpty
            ? $"| {name} | 0 | - | - | - | - |"
            : $"| {name} | {values.Count} | {Percentile(values, 50):0.0} | {Percentile(values, 95):0.0} | {Percentile(values, 99):0.0} | {values.Max():0.0} |");

    /// <summary>Nearest rank: the smallest value with at least p% of the values at or below it.</summary>
    private static double Percentile(ConcurrentQueue<double> values, double p)
    {
        if (values.IsEmpty)
            return double.NaN;
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Clamp(Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    /// <summary>The machine is shared: its load average says how much of it the run had.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
