// Benchmarks: `dotnet run -c Release --project bench/Viva.Bench -- --filter '*'` (BenchmarkDotNet);
// `-- sandbox` for the sandbox's latency and throughput against a bare interpreter start.
using BenchmarkDotNet.Running;

if (args is ["sandbox", ..])
{
    await Viva.Bench.SandboxBench.RunAsync();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
