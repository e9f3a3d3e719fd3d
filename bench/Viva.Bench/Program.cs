// Benchmarks. Quick figures: `dotnet run -c Release --project bench/Viva.Bench -- bank-load` (or `rebuild`, or `sandbox`).
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
    case ["sandbox", ..]:
        await SandboxBench.RunAsync();
        return;
}
BenchmarkSwitcher.FromAssembly(typeof(BankLoadReport).Assembly).Run(args);
