using System.Diagnostics;
using Viva.Sandbox;

namespace Viva.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Viva.Bench -- sandbox`: the latency of a trivial run through
/// the warm pool against a bare `python3 -I -S -c pass` start (same machine, same run), their ratio, and
/// sustained throughput on all cores. A process-level measurement, so it paces runs itself rather than
/// using BenchmarkDotNet's in-process loop.
/// </summary>
internal static class SandboxBench
{
    public static async Task RunAsync(int samples = 300)
    {
        var interpreter = PythonInterpreter.Find() ?? throw new InvalidOperationException("python3 not found");
        Console.WriteLine($"interpreter: {interpreter.Path} {interpreter.Version}, cores: {Environment.ProcessorCount}");

        var bare = new List<double>();
        for (var i = 0; i < samples + 10; i++)
        {
            var clock = Stopwatch.StartNew();
            using var p = Process.Start(new ProcessStartInfo(interpreter.Path, ["-I", "-S", "-c", "pass"]))!;
            await p.WaitForExitAsync();
            if (i >= 10)
                bare.Add(clock.Elapsed.TotalMilliseconds);
        }

        await using var runner = new PythonRunner(interpreter, new SandboxOptions());
        foreach (var line in runner.Enforcement)
            Console.WriteLine("  " + line);
        var request = new RunRequest { Code = "print(\"hi\")" };
        var pool = new List<double>();
        var inside = new List<double>();
        for (var i = 0; i < samples + 10; i++)
        {
            await Task.Delay(15); // a user's pace: the pool refills between runs
            var clock = Stopwatch.StartNew();
            var r = await runner.RunAsync(request);
            if (r.Status != RunStatus.Ok || r.Stdout != "hi\n")
                throw new InvalidOperationException($"unexpected result {r.Status}: {r.Stderr}");
            if (i >= 10)
            {
                pool.Add(clock.Elapsed.TotalMilliseconds);
                inside.Add(r.WallMs);
            }
        }

        var throughputClock = Stopwatch.StartNew();
        var done = 0;
        var duration = TimeSpan.FromSeconds(10);
        await Parallel.ForEachAsync(Enumerable.Range(0, int.MaxValue).TakeWhile(_ => throughputClock.Elapsed < duration),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 4 }, async (_, ct) =>
            {
                var r = await runner.RunAsync(request, ct);
                if (r.Status == RunStatus.Ok)
                    Interlocked.Increment(ref done);
            });
        var rate = done / throughputClock.Elapsed.TotalSeconds;

        var (bareMedian, bareP99) = (Percentile(bare, 50), Percentile(bare, 99));
        var (poolMedian, poolP99) = (Percentile(pool, 50), Percentile(pool, 99));
        Console.WriteLine($"bare python3 -I -S -c pass : median {bareMedian:0.00} ms, p99 {bareP99:0.00} ms ({bare.Count} runs)");
        Console.WriteLine($"pool print(\"hi\")           : median {poolMedian:0.00} ms, p99 {poolP99:0.00} ms ({pool.Count} runs)");
        Console.WriteLine($"  of which in the sandbox  : median {Percentile(inside, 50):0.00} ms (job received to reply; the rest is the hand-off)");
        Console.WriteLine($"ratio pool/bare median     : {poolMedian / bareMedian:0.000} (target < 1.0)");
        Console.WriteLine($"pool p99 / bare median     : {poolP99 / bareMedian:0.00} (target < 3)");
        Console.WriteLine($"sustained throughput       : {rate:0.0} runs/s on {Environment.ProcessorCount} cores (target >= 100)");
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p / 100 * sorted.Count) - 1)];
    }
}
