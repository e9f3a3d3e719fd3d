using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using NATS.Client.Core;
using Viva.Data;
using Viva.Sandbox;
using Viva.Tests.Shared;
using Viva.Web.Dispatch;

namespace Viva.Bench;

/// <summary>
/// `dispatch`: the embedded path (this process's pool) against NATS JetStream dispatch (a real nats-server, a worker
/// with a pool of the same size) keeping its runs in SQLite and in PostgreSQL, on one machine. Prints end-to-end
/// `print(1)` latency at 1, 10 and 50 concurrent users, the dispatch overhead per run (its end-to-end time minus the
/// time its worker spent in the pool, as stored with its result), runs per second at the highest concurrency whose
/// p99 stays under 1 s, and runs lost (a run that neither returned a result nor was refused as busy).
/// </summary>
internal static class DispatchReport
{
    private const int Slots = 4;

    private static readonly int[] Users = [1, 10, 50];

    /// <summary>
    /// How long each path runs before it is measured. The runtime compiles hot code again, optimised, on a background
    /// thread for the first seconds; on 2 cores that thread competes with the runs (2 s of warm-up left it busy for a
    /// quarter of the samples, and the overhead's p99 near twice its settled value), and a server that has run a while
    /// has long finished it.
    /// </summary>
    private const int WarmSeconds = 15;

    public static async Task RunAsync(int seconds)
    {
        var python = PythonInterpreter.Find(null) ?? throw new InvalidOperationException("no python3");
        Console.WriteLine($"### dispatch: print(1), {Slots} sandbox slots on each path, {Environment.ProcessorCount} cores, {seconds} s per step");
        var rows = new List<(int Users, string Path, Step Step, List<double>? Overhead)>();
        await using (var local = new LocalDispatcher(new SandboxOptions { Slots = Slots, QueueLimit = 1000 }))
        {
            await MeasureAsync(local, python, 1, WarmSeconds); // warm the pool and the code
            foreach (var users in Users)
                rows.Add((users, "embedded", await MeasureAsync(local, python, users, seconds), null));
        }
        // The record a NATS path keeps its runs in: SQLite (one machine) or PostgreSQL (the scale-out store). Each path
        // gets its own nats-server and worker, measured after the other, so neither takes the other's jobs or cores.
        var sqliteFile = Path.Combine(Path.GetTempPath(), $"viva-dispatch-bench-{Guid.NewGuid():N}.db");
        var postgres = PostgresServer.Durable(); // each commit flushed to disk, as deployed
        await postgres.InitializeAsync();
        try
        {
            foreach (var (name, record) in new[] { ("nats, sqlite", sqliteFile), ("nats, postgres", await postgres.CreateDatabaseAsync()) })
                await WithWorkerAsync(record, python, async remote =>
                {
                    await MeasureAsync(remote, python, 1, WarmSeconds); // warm the pool, the connections and the code
                    foreach (var users in Users)
                    {
                        var step = await MeasureAsync(remote, python, users, seconds);
                        rows.Add((users, name, step, await OverheadAsync(record, step)));
                    }
                });
        }
        finally
        {
            await postgres.DisposeAsync();
            File.Delete(sqliteFile);
        }

        Console.WriteLine();
        Console.WriteLine("| users | path | runs | p50 ms | p95 ms | p99 ms | runs/s | busy | lost |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (users, path, step, _) in rows.OrderBy(r => r.Users))
            Console.WriteLine($"| {users} | {path} | {step.Count} | {step.P(0.50):0.0} | {step.P(0.95):0.0} | {step.P(0.99):0.0} | {step.PerSecond:0.0} | {step.Busy} | {step.Lost} |");
        Console.WriteLine();
        foreach (var (users, path, step, overhead) in rows.Where(r => r.Overhead is not null).OrderBy(r => r.Users))
        {
            var embedded = rows.Single(r => r.Users == users && r.Path == "embedded").Step;
            Console.WriteLine($"{users} user(s), {path}: dispatch overhead per run (end to end minus the worker's pool time, from the stored result) " +
                $"p50 {Percentile(overhead!, 0.50):0.0} ms, p99 {Percentile(overhead!, 0.99):0.0} ms; " +
                $"end to end vs embedded: p50 {step.P(0.50) - embedded.P(0.50):+0.0;-0.0} ms, p95 {step.P(0.95) - embedded.P(0.95):+0.0;-0.0} ms, p99 {step.P(0.99) - embedded.P(0.99):+0.0;-0.0} ms");
        }
        foreach (var path in rows.Where(r => r.Overhead is not null).Select(r => r.Path).Distinct())
        {
            var best = rows.Where(r => r.Path == path && r.Step.P(0.99) < 1000).MaxBy(r => r.Step.PerSecond);
            Console.WriteLine(best.Step is null ? $"{path}: no step kept p99 under 1 s" : $"{path} at saturation: {best.Step.PerSecond:0.0} runs/s with p99 {best.Step.P(0.99):0} ms ({best.Users} users)");
        }
        Console.WriteLine($"runs lost: {rows.Sum(r => r.Step.Lost)}");
    }

    /// <summary>A nats-server, a worker with a pool of <see cref="Slots"/> and a dispatcher, all keeping runs in <paramref name="record"/>.</summary>
    private static async Task WithWorkerAsync(string record, PythonInterpreter python, Func<NatsDispatcher, Task> measure)
    {
        await using (var db = VivaDatabase.Create(record))
            await VivaDatabase.MigrateAsync(db);
        var nats = new NatsServer();
        await nats.InitializeAsync();
        try
        {
            await using var web = new NatsConnection(new NatsOpts { Url = nats.Url.ToString() });
            await using var workerConnection = new NatsConnection(new NatsOpts { Url = nats.Url.ToString() });
            await using var worker = new RunWorker(workerConnection, () => VivaDatabase.Create(record), [python], Slots, "bench", TimeProvider.System, NullLogger.Instance);
            using var stopping = new CancellationTokenSource();
            var working = worker.RunAsync(DispatchStream.DefaultQueueLimit, stopping.Token);
            try
            {
                await measure(new NatsDispatcher(web, () => VivaDatabase.Create(record), TimeProvider.System));
            }
            finally
            {
                await stopping.CancelAsync();
                await working;
            }
        }
        finally
        {
            await nats.DisposeAsync();
        }
    }

    /// <summary>Per NATS run: its end-to-end time minus the time its worker spent in the pool, as the worker stored it.</summary>
    private static async Task<List<double>> OverheadAsync(string database, Step step)
    {
        await using var db = VivaDatabase.Create(database);
        var stored = db.Runs.Where(r => r.Result != null).AsEnumerable().ToDictionary(r => r.Id, r => DispatchWire.StoredReply(r)!);
        return [.. step.Runs.Where(r => stored.ContainsKey(r.Id)).Select(r => r.Ms - stored[r.Id].SandboxMs)];
    }

    private static double Percentile(List<double> values, double q) =>
        values.Count == 0 ? double.NaN : values.Order().ElementAt((int)Math.Round(q * (values.Count - 1)));

    private sealed record Step(List<double> Latencies, int Busy, int Lost, double Seconds, List<(Guid Id, double Ms)> Runs)
    {
        public int Count => Latencies.Count;
        public double PerSecond => Count / Seconds;
        public double P(double q) => Latencies.Count == 0 ? double.NaN : Latencies.Order().ElementAt((int)Math.Round(q * (Latencies.Count - 1)));
    }

    private static async Task<Step> MeasureAsync(IRunDispatcher dispatcher, PythonInterpreter python, int users, int seconds)
    {
        var latencies = new List<double>();
        var runs = new List<(Guid, double)>();
        int busy = 0, lost = 0;
        var clock = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, users).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < until)
            {
                var started = Stopwatch.GetTimestamp();
                var id = Guid.Empty;
                try
                {
                    var result = await dispatcher.RunAsync(new RunRequest { Code = "print(1)" }, python, null, CancellationToken.None, queued: q => id = q);
                    if (result.Stdout != "1\n")
                        Interlocked.Increment(ref lost);
                    var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    lock (latencies)
                    {
                        latencies.Add(ms);
                        if (id != Guid.Empty)
                            runs.Add((id, ms));
                    }
                }
                catch (SandboxBusyException)
                {
                    Interlocked.Increment(ref busy);
                    await Task.Delay(100);
                }
                catch (SandboxUnavailableException)
                {
                    Interlocked.Increment(ref lost);
                }
            }
        })));
        return new Step(latencies, busy, lost, clock.Elapsed.TotalSeconds, runs);
    }
}
