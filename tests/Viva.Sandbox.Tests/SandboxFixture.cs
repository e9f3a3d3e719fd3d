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

    public async Task InitializeAsync()
    {
        var canary = await Runner.RunAsync(new RunRequest
        {
            Code = "import os\nprint(os.getuid(), os.getpid(), sorted(l.split(':')[0].strip() for l in open('/proc/net/dev').readlines()[2:]))",
        });
        var parts = canary.Stdout.Trim().Split(' ', 3);
        if (canary.Status != RunStatus.Ok || parts.Length != 3 || parts[0] == "0" || int.Parse(parts[1]) > 10 || parts[2] != "['lo']")
            GuardFailure = $"the sandbox canary failed ({canary.Status}): {canary.Stdout} {canary.Stderr}";
    }

    /// <summary>Runs a hostile payload, but only inside a sandbox the canary vouched for.</summary>
    public Task<RunResult> RunHostileAsync(string code, int timeoutMs = 3000, int memoryMb = 256, string stdin = "", IReadOnlyList<TestInput>? tests = null)
    {
        Assert.True(GuardFailure is null, GuardFailure);
        return Runner.RunAsync(new RunRequest { Code = code, Timeout = TimeSpan.FromMilliseconds(timeoutMs), MemoryMb = memoryMb, Stdin = stdin, Tests = tests });
    }

    public async Task DisposeAsync() => await Runner.DisposeAsync();
}
