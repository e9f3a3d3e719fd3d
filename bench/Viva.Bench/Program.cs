// Benchmarks. Quick figures: `dotnet run -c Release --project bench/Viva.Bench -- bank-load`.
// Full BenchmarkDotNet suites: `dotnet run -c Release --project bench/Viva.Bench -- --filter '*'`.
using BenchmarkDotNet.Running;
using Viva.Bench;

if (args is ["bank-load"])
{
    BankLoadReport.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(BankLoadReport).Assembly).Run(args);
