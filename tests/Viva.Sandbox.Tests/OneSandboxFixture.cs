namespace Viva.Sandbox.Tests;

/// <summary>
/// A pool of exactly one sandbox that is never retired for age, so consecutive ordinary runs land in
/// the same sandbox, one after the other: what reuse has to keep apart. Under the suite's capped cgroup
/// (TestCgroup) and guarded by the same canary as <see cref="SandboxFixture"/>.
/// </summary>
public sealed class OneSandboxFixture : IAsyncLifetime
{
    public PythonRunner Runner { get; }
    public string? GuardFailure { get; private set; }

    public OneSandboxFixture()
    {
        TestCgroup.Enter();
        var interpreter = PythonInterpreter.Find() ?? throw new InvalidOperationException("python3 is not installed");
        Runner = new PythonRunner(interpreter, new SandboxOptions { Slots = 1, RunsPerSandbox = 10_000, BaseUid = 60090, CpuCores = Environment.ProcessorCount });
    }

    public async Task InitializeAsync() => GuardFailure = await SandboxCanary.CheckAsync(Runner);

    /// <summary>Runs a hostile payload, but only inside a sandbox the canary vouched for.</summary>
    public Task<RunResult> RunHostileAsync(string code, int timeoutMs = 3000)
    {
        Assert.True(GuardFailure is null, GuardFailure);
        return Runner.RunAsync(new RunRequest { Code = code, Timeout = TimeSpan.FromMilliseconds(timeoutMs) });
    }

    public async Task DisposeAsync() => await Runner.DisposeAsync();
}
