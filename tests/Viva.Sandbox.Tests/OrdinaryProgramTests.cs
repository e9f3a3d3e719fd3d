namespace Viva.Sandbox.Tests;

/// <summary>What ordinary teaching programs need must still work inside the walls.</summary>
[Collection(SandboxCollection.Name)]
public sealed class OrdinaryProgramTests(SandboxFixture sandbox)
{
    [Fact]
    public async Task A_program_runs_as_a_real_main_module_from_main_py()
    {
        var r = await sandbox.RunHostileAsync("import pickle, sys\ndef f():\n    return 42\nprint(pickle.loads(pickle.dumps(f))(), __file__, sys.modules['__main__'].f is f)");
        Assert.Equal("42 /work/main.py True\n", r.Stdout);
    }

    [Fact]
    public async Task A_traceback_shows_the_programs_source_line_and_no_harness_frames()
    {
        var r = await sandbox.RunHostileAsync("x = 1\nraise ValueError('boom')");
        Assert.Equal(RunStatus.Error, r.Status);
        Assert.Equal("Traceback (most recent call last):\n  File \"/work/main.py\", line 2, in <module>\n    raise ValueError('boom')\nValueError: boom\n", r.Stderr);
    }

    [Fact]
    public async Task Twenty_threads_can_run_at_once()
    {
        var r = await sandbox.RunHostileAsync("import threading\nb = threading.Barrier(20)\nts = [threading.Thread(target=b.wait) for _ in range(20)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint('ok')");
        Assert.Equal("ok\n", r.Stdout);
    }

    [Fact]
    public async Task Time_zones_and_a_shell_are_available_read_only()
    {
        var r = await sandbox.RunHostileAsync("import subprocess, zoneinfo, os\nprint(zoneinfo.ZoneInfo('Europe/Berlin'), subprocess.run('echo hi', shell=True, capture_output=True, text=True).stdout.strip(), os.access('/usr/bin/dash', os.W_OK))");
        Assert.Equal("Europe/Berlin hi False\n", r.Stdout);
    }

    [Theory]
    [InlineData("2.7")]
    [InlineData("3.6")]
    public async Task A_plain_program_runs_on_an_old_python_as_it_does_bare(string version)
    {
        if (PythonInterpreter.Find(version) is not { } python)
            return; // not installed on this machine: nothing to compare
        await using var runner = new PythonRunner(python, new SandboxOptions { Slots = 1 });
        const string code = "import os, sys\nprint('%d.%d %s %s' % (sys.version_info[0], sys.version_info[1], os.path.basename(__file__), sys.argv))\nsys.stdout.write('%r\\n' % sorted({'b': 1, 'a': 2}.items()))\nexit(3)";

        var bare = await BareCPython.RunAsync(python.Path, code);
        var r = await runner.RunAsync(new RunRequest { Code = code });
        var identity = await runner.RunAsync(new RunRequest { Code = "import os\nprint('%s %s' % (os.getuid() != 0, os.getpid() < 10))" });

        Assert.StartsWith(version + " main.py", r.Stdout);
        Assert.Equal(bare.Stdout, r.Stdout);
        Assert.Equal((RunStatus.Error, 3), (r.Status, r.ExitCode));
        Assert.Equal("True True\n", identity.Stdout); // still an unprivileged uid in a PID namespace of its own
    }

    [Fact]
    public async Task Hidden_tests_on_python_2_are_refused_with_a_clear_error()
    {
        if (PythonInterpreter.Find("2.7") is not { } python)
            return; // not installed on this machine
        await using var runner = new PythonRunner(python, new SandboxOptions { Slots = 1 });

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => runner.RunAsync(new RunRequest { Code = "x = 1", Tests = [new("x", "result = x")] }));
        Assert.Contains("Python 3", error.Message);
    }

    [Fact]
    public async Task Two_pools_never_share_a_uid_so_they_never_share_a_process_budget()
    {
        var python = PythonInterpreter.Find() ?? throw new InvalidOperationException("python3 is required");
        await using var first = new PythonRunner(python, new SandboxOptions { Slots = 1 });
        await using var second = new PythonRunner(python, new SandboxOptions { Slots = 1 });
        var request = new RunRequest { Code = "import os\nprint(os.getuid())" };

        var uids = await Task.WhenAll(first.RunAsync(request), second.RunAsync(request));

        Assert.All(uids, r => Assert.Equal(RunStatus.Ok, r.Status));
        Assert.NotEqual(uids[0].Stdout, uids[1].Stdout);
    }
}
