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
