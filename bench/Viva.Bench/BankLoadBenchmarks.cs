using BenchmarkDotNet.Attributes;
using Viva.Core.Bank;

namespace Viva.Bench;

/// <summary>
/// Loading a bank of 5,000 files: parse, validate and round-trip check, against the baseline of only
/// reading the same files' bytes.
/// </summary>
[MemoryDiagnoser]
public class BankLoadBenchmarks : IDisposable
{
    private GeneratedBank? _bank;
    private string[] _files = [];

    [GlobalSetup]
    public void Setup()
    {
        _bank = new GeneratedBank(5000);
        _files = Directory.GetFiles(_bank.Root, "*.md", SearchOption.AllDirectories);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _bank?.Dispose();
        _bank = null;
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public long ReadBytesOnly() => _files.Sum(f => File.ReadAllBytes(f).LongLength);

    [Benchmark]
    public int LoadAndValidate() => QuestionBank.Load([_bank!.Root]).Questions.Count;
}
