// Benchmarks. Quick figures: `dotnet run -c Release --project bench/Viva.Bench -- bank-load` (or `rebuild`, `sandbox`, `answers`,
// `similarity [--sweep]`, `calibration [runs]`).
// Full BenchmarkDotNet suites: `dotnet run -c Release --project bench/Viva.Bench -- --filter '*'`.
using BenchmarkDotNet.Running;
using Viva.Bench;

switch (args)
{
    case ["bank-load"]:
        BankLoadReport.Run();
        return;
    case ["rebuild"]:
        await RebuildReport.RunAsync();
        return;
    case ["answers", .. var rest]:
        AnswersReport.Run(rest.Contains("--misses"), rest.Contains("--sweep"), rest.Contains("--order"));
        return;
    case ["similarity", .. var options]:
        SimilarityReport.Run(options.Contains("--sweep"));
        return;
    case ["calibration", .. var runs]:
        CalibrationReport.Run(runs is [var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 11);
        return;
    case ["sandbox", ..]:
        await SandboxBench.RunAsync();
        return;
}
BenchmarkSwitcher.FromAssembly(typeof(BankLoadReport).Assembly).Run(args);
