using System.Diagnostics;
using Viva.Core.Bank;

namespace Viva.Bench;

/// <summary>
/// `bank-load`: a quick figure without BenchmarkDotNet's full run: files per second over a generated
/// 5,000-file bank, and the median time to load the bundled bank in process.
/// </summary>
internal static class BankLoadReport
{
    public static void Run()
    {
        using var generated = new GeneratedBank(5000);
        QuestionBank.Load([generated.Root]); // warm up: JIT and file cache
        var runs = Enumerable.Range(0, 5).Select(_ => Time(() => QuestionBank.Load([generated.Root]))).Order().ToList();
        var median = runs[runs.Count / 2];
        Console.WriteLine($"generated bank: 5000 files, median {median.TotalMilliseconds:0} ms, {5000 / median.TotalSeconds:0} files/s");

        var bundled = GeneratedBank.BundledBankPath();
        var count = QuestionBank.Load([bundled]).FileCount;
        var bundledRuns = Enumerable.Range(0, 21).Select(_ => Time(() => QuestionBank.Load([bundled]))).Order().ToList();
        Console.WriteLine($"bundled bank: {count} files, median {bundledRuns[10].TotalMilliseconds:0.0} ms (target < 100 ms)");
    }

    private static TimeSpan Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }
}
