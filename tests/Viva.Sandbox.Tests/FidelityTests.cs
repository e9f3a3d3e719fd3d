namespace Viva.Sandbox.Tests;

/// <summary>
/// Issue #11's acceptance: ordinary programs give the same stdout and the same exit status in the
/// sandbox as under bare CPython (<see cref="BareCPython"/> says how that is run). Each program in
/// Fidelity/ says in its first lines what it exercises; all are deterministic.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class FidelityTests(SandboxFixture sandbox)
{
    private static readonly string Programs = Path.Combine(AppContext.BaseDirectory, "Fidelity");

    public static TheoryData<string> ProgramNames => new(Directory.GetFiles(Programs, "*.py").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ProgramNames))]
    public async Task An_ordinary_program_prints_and_ends_in_the_sandbox_as_on_bare_cpython(string program)
    {
        await AssertSameAsBareAsync(await File.ReadAllTextAsync(Path.Combine(Programs, program)));
    }

    [Theory]
    [InlineData("import ctypes\nctypes.string_at(0)", "Segmentation fault (SIGSEGV)")]
    [InlineData("import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)", "Segmentation fault (SIGSEGV)")]
    [InlineData("import os\nos.abort()", "Aborted (SIGABRT)")]
    [InlineData("import os, signal\nos.kill(os.getpid(), signal.SIGTERM)", "Terminated (SIGTERM)")]
    [InlineData("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)", "Killed (SIGKILL)")]
    public async Task A_program_killed_by_its_own_signal_is_an_error_named_as_a_shell_names_it(string code, string said)
    {
        var r = await AssertSameAsBareAsync(code);

        Assert.Equal(RunStatus.Error, r.Status);
        Assert.EndsWith(said + "\n", r.Stderr);
    }

    [Fact]
    public async Task An_uncaught_keyboard_interrupt_dies_of_sigint_which_a_shell_leaves_unsaid()
    {
        var r = await AssertSameAsBareAsync("raise KeyboardInterrupt");

        Assert.Equal(128 + 2, r.ExitCode);
        Assert.EndsWith("KeyboardInterrupt\n", r.Stderr);
    }

    /// <summary>Runs the code both ways and compares; returns the sandbox's result for further checks.</summary>
    private async Task<RunResult> AssertSameAsBareAsync(string code)
    {
        var bare = await BareCPython.RunAsync(sandbox.Runner.Interpreter.Path, code);
        var r = await sandbox.RunHostileAsync(code, timeoutMs: 20_000);

        Assert.Equal(bare.Stdout, r.Stdout);
        Assert.Equal((bare.ExitCode == 0 ? RunStatus.Ok : RunStatus.Error, bare.ExitCode), (r.Status, r.ExitCode));
        return r;
    }
}
