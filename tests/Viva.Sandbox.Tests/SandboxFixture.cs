namespace Viva.Sandbox.Tests;

/// <summary>
/// One pool for the whole suite. Before any hostile payload runs, the test process caps itself (a cgroup
/// for memory and processes that every sandbox is created under) and a benign canary proves the
/// sandbox is really there (unprivileged uid, own PID namespace, no network); hostile tests refuse to
/// run their payload otherwise, so a broken sandbox fails tests instead of harming the machine.
/// </summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public PythonRunner Runner { get; }
    public string? GuardFailure { get; private set; }

    public SandboxFixture()
    {
        TestCgroup.Enter();
        var interpreter = PythonInterpreter.Find() ?? throw new InvalidOperationException("python3 is not installed");
        Runner = new PythonRunner(interpreter, new SandboxOptions { Slots = 4, QueueLimit = 64 });
    }

    public async Task InitializeAsync() => GuardFailure = await SandboxCanary.CheckAsync(Runner);

    /// <summary>Runs a hostile payload, but only inside a sandbox the canary vouched for.</summary>
    public Task<RunResult> RunHostileAsync(string code, int timeoutMs = 3000, int memoryMb = 256, string stdin = "", IReadOnlyList<TestInput>? tests = null)
    {
        Assert.True(GuardFailure is null, GuardFailure);
        return Runner.RunAsync(new RunRequest { Code = code, Timeout = TimeSpan.FromMilliseconds(timeoutMs), MemoryMb = memoryMb, Stdin = stdin, Tests = tests });
    }

    public async Task DisposeAsync() => await Runner.DisposeAsync();
}
