// Benchmarks. Quick figures: `dotnet run -c Release --project bench/Viva.Bench -- bank-load` (or `rebuild`, `sandbox`, `answers`,
// `similarity [--sweep]`, `calibration [runs]`, `assessment-load [--candidates 200] [--minutes 20] [--postgres]`,
// `dispatch [--seconds 10]`).
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
    case ["assessment-load", .. var load]:
        await AssessmentLoadReport.RunAsync(Option(load, "--candidates", 200), Option(load, "--minutes", 20), load.Contains("--postgres"));
        return;
    case ["dispatch", .. var dispatch]:
        await DispatchReport.RunAsync(Option(dispatch, "--seconds", 10));
        return;
    case ["sandbox", ..]:
        await SandboxBench.RunAsync();
        return;
}
BenchmarkSwitcher.FromAssembly(typeof(BankLoadReport).Assembly).Run(args);

static int Option(string[] options, string name, int fallback) =>
    Array.IndexOf(options, name) is var at and >= 0 && at + 1 < options.Length ? int.Parse(options[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
