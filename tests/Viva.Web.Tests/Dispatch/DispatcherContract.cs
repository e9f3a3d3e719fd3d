using Viva.Sandbox;
using Viva.Web.Dispatch;

namespace Viva.Web.Tests.Dispatch;

/// <summary>
/// What every dispatcher does, whether runs execute in this process or on a worker over NATS: a program's output and its
/// own failures come back as results, hidden tests report per test, and the Python asked for is the one that runs.
/// </summary>
public abstract class DispatcherContract
{
    protected abstract IRunDispatcher Dispatcher { get; }

    protected static PythonInterpreter DefaultPython => PythonInterpreter.Find(null) ?? throw new InvalidOperationException("no python3");

    private Task<RunResult> RunAsync(string code, PythonInterpreter? python = null, IReadOnlyList<TestInput>? tests = null) =>
        Dispatcher.RunAsync(new RunRequest { Code = code, Tests = tests }, python ?? DefaultPython, null, CancellationToken.None);

    [Fact]
    public async Task A_program_runs_and_its_output_comes_back()
    {
        var result = await RunAsync("print(1)");
        Assert.Equal(RunStatus.Ok, result.Status);
        Assert.Equal("1\n", result.Stdout);
    }

    [Fact]
    public async Task A_programs_own_failure_is_a_result_not_an_error()
    {
        var failed = await RunAsync("raise SystemExit(3)");
        Assert.Equal((RunStatus.Error, 3), (failed.Status, failed.ExitCode));
        var late = await Dispatcher.RunAsync(new RunRequest { Code = "while True:\n    pass", Timeout = TimeSpan.FromSeconds(1) }, DefaultPython, null, CancellationToken.None);
        Assert.Equal(RunStatus.Timeout, late.Status);
    }

    [Fact]
    public async Task Hidden_tests_report_each_test()
    {
        var result = await RunAsync("def double(x):\n    return x * 2\n", tests: [new TestInput("two", "result = double(1)"), new TestInput("boom", "result = double(None)")]);
        Assert.Equal(["two", "boom"], result.Tests.Select(t => t.Name));
        Assert.Equal("2", result.Tests[0].Json);
        Assert.Contains("TypeError", result.Tests[1].Error);
    }

    [Fact]
    public async Task Live_output_arrives_while_the_program_runs_and_the_result_holds_all_of_it()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var pieces = new List<(string Text, double AtMs)>();
        var result = await Dispatcher.RunAsync(new RunRequest
        {
            Code = "import time\nprint('first', flush=True)\ntime.sleep(1.5)\nprint('second')",
            Output = text => { lock (pieces) pieces.Add((text, clock.Elapsed.TotalMilliseconds)); },
        }, DefaultPython, null, CancellationToken.None);
        var ended = clock.Elapsed.TotalMilliseconds;

        Assert.Equal("first\nsecond\n", result.Stdout);
        Assert.Equal("first\n", pieces[0].Text);
        Assert.True(ended - pieces[0].AtMs > 1000, $"the first line arrived {ended - pieces[0].AtMs:F0} ms before the answer");
        Assert.StartsWith(string.Concat(pieces.Select(p => p.Text)), result.Stdout);
    }

    [Fact]
    public async Task The_python_asked_for_is_the_one_that_runs()
    {
        var newest = PythonInterpreter.Installed()[^1];
        var result = await RunAsync("import sys\nprint('%d.%d' % sys.version_info[:2])", newest);
        Assert.Equal($"{newest.Version.Major}.{newest.Version.Minor}\n", result.Stdout);
    }
}

public sealed class LocalDispatcherContract : DispatcherContract, IAsyncDisposable
{
    private readonly LocalDispatcher _local = new(new SandboxOptions { Slots = 2, QueueLimit = 8 });

    protected override IRunDispatcher Dispatcher => _local;

    public ValueTask DisposeAsync() => _local.DisposeAsync();
}
