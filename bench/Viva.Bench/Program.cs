// Benchmarks: `dotnet run -c Release --project bench/Viva.Bench -- --filter '*'` (BenchmarkDotNet).
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
