namespace Viva.Sandbox.Tests;

/// <summary>Attacks on time, memory, processes, output and disk: each must end in a bounded, labelled outcome.</summary>
[Collection(SandboxCollection.Name)]
public sealed class ResourceAttackTests(SandboxFixture sandbox)
{
    [Fact]
    public async Task Cpu_loop_times_out()
    {
        var r = await sandbox.RunHostileAsync("while True: pass", timeoutMs: 1000);
        Assert.Equal(RunStatus.Timeout, r.Status);
        Assert.InRange(r.WallMs, 0, 2500);
    }

    [Fact]
    public async Task Loop_ignoring_SIGXCPU_is_still_stopped()
    {
        var r = await sandbox.RunHostileAsync("import signal\nsignal.signal(signal.SIGXCPU, signal.SIG_IGN)\nwhile True: pass", timeoutMs: 1500);
        Assert.Equal(RunStatus.Timeout, r.Status);
    }

    [Fact]
    public async Task Forked_children_sharing_cpu_are_stopped_at_the_wall_clock()
    {
        var r = await sandbox.RunHostileAsync("import os\nfor _ in range(4):\n    if os.fork() == 0:\n        while True: pass\nos.wait()", timeoutMs: 1000);
        Assert.Equal(RunStatus.Timeout, r.Status);
        Assert.InRange(r.WallMs, 0, 2500);
    }

    [Fact]
    public async Task Processes_of_one_run_share_one_core()
    {
        // Three children spin for 1.5 s of wall time. Held to one core (SandboxOptions.CpuCores) they get
        // about 1.5 s of CPU between them; unheld on this 2-core machine they would get about 3 s.
        const string code = """
            import os, time
            start = time.monotonic()
            kids = []
            for _ in range(3):
                pid = os.fork()
                if pid == 0:
                    end = time.monotonic() + 1.5
                    while time.monotonic() < end:
                        pass
                    os._exit(0)
                kids.append(pid)
            cpu = 0.0
            for pid in kids:
                _, _, usage = os.wait4(pid, 0)
                cpu += usage.ru_utime + usage.ru_stime
            print(f"{cpu:.3f} {time.monotonic() - start:.3f}")
            """;
        var r = await sandbox.RunHostileAsync(code, timeoutMs: 6000);
        Assert.Equal(RunStatus.Ok, r.Status);
        var figures = r.Stdout.Split(' ').Select(f => double.Parse(f, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var (cpu, wall) = (figures[0], figures[1]);
        Assert.True(cpu <= wall * 1.2, $"the children used {cpu:0.00} s of CPU in {wall:0.00} s of wall time: more than one core");
    }

    [Fact]
    public async Task A_program_runs_below_the_host_and_cannot_raise_its_priority()
    {
        // Host work (replies, acknowledgements, pages) wins a busy CPU: sandboxes start at nice 10 (SandboxSpawner).
        var r = await sandbox.RunHostileAsync("""
            import os
            print(os.nice(0))
            try:
                os.nice(-5)
            except PermissionError:
                print("refused")
            print(os.nice(0))
            """);
        Assert.Equal(RunStatus.Ok, r.Status);
        Assert.Equal("10\nrefused\n10\n", r.Stdout);
    }

    [Fact]
    public async Task Sleeping_forever_times_out()
    {
        var r = await sandbox.RunHostileAsync("import time\ntime.sleep(3600)", timeoutMs: 800);
        Assert.Equal(RunStatus.Timeout, r.Status);
    }

    [Fact]
    public async Task Stopping_itself_times_out()
    {
        var r = await sandbox.RunHostileAsync("import os, signal\nos.kill(os.getpid(), signal.SIGSTOP)", timeoutMs: 800);
        Assert.Equal(RunStatus.Timeout, r.Status);
    }

    [Fact]
    public async Task Two_gigabyte_allocation_is_a_memory_error()
    {
        var r = await sandbox.RunHostileAsync("x = bytearray(2 * 1024 ** 3)");
        Assert.Equal(RunStatus.Memory, r.Status);
    }

    [Fact]
    public async Task Children_each_under_the_limit_but_together_over_it_are_held()
    {
        var code = "import os, time\nfor _ in range(4):\n    if os.fork() == 0:\n        b = bytearray(90 * 1024 ** 2)\n        for i in range(0, len(b), 4096): b[i] = 1\n        time.sleep(5)\n        os._exit(0)\nfor _ in range(4): os.wait()";
        var r = await sandbox.RunHostileAsync(code, timeoutMs: 4000, memoryMb: 128);
        Assert.NotEqual(RunStatus.Ok, r.Status);
        Assert.Contains(r.Status, new[] { RunStatus.Memory, RunStatus.Killed, RunStatus.Timeout });
    }

    [Fact]
    public async Task Fork_bomb_is_bounded()
    {
        var r = await sandbox.RunHostileAsync("import os\nwhile True:\n    try: os.fork()\n    except OSError: pass", timeoutMs: 1500);
        Assert.NotEqual(RunStatus.Ok, r.Status);
        await AssertPoolStillWorks();
    }

    [Fact]
    public async Task Thread_bomb_is_bounded()
    {
        var code = "import threading, time\nn = 0\ntry:\n    while True:\n        threading.Thread(target=time.sleep, args=(60,), daemon=True).start(); n += 1\nexcept Exception as e:\n    print('stopped at', n, type(e).__name__)";
        var r = await sandbox.RunHostileAsync(code, timeoutMs: 3000);
        Assert.Equal(RunStatus.Ok, r.Status);
        Assert.StartsWith("stopped at", r.Stdout);
        Assert.InRange(int.Parse(r.Stdout.Split(' ')[2]), 0, 64);
    }

    [Fact]
    public async Task Stdout_flood_hits_the_output_limit()
    {
        var r = await sandbox.RunHostileAsync("while True: print('x' * 1000)");
        Assert.Equal(RunStatus.OutputLimit, r.Status);
        Assert.True(r.StdoutBytes > 1 << 20);
        Assert.True(r.Stdout.Length <= 1 << 20);
    }

    [Fact]
    public async Task Stderr_flood_hits_the_output_limit()
    {
        var r = await sandbox.RunHostileAsync("import sys\nwhile True: sys.stderr.write('y' * 1000)");
        Assert.Equal(RunStatus.OutputLimit, r.Status);
        Assert.True(r.Stderr.Length <= 1 << 20);
    }

    [Theory]
    [InlineData("/work/fill")]
    [InlineData("/tmp/fill")]
    [InlineData("/dev/shm/fill")]
    public async Task Filling_a_writable_directory_stops_at_its_size(string path)
    {
        var code = $"import os\nn = 0\ntry:\n    for i in range(1000):\n        with open('{path}%d' % i, 'wb') as f: f.write(b'z' * (1 << 20))\n        n += 1\nexcept OSError as e:\n    print('full after', n, e.errno)";
        var r = await sandbox.RunHostileAsync(code, timeoutMs: 5000);
        Assert.Equal(RunStatus.Ok, r.Status);
        Assert.StartsWith("full after", r.Stdout);
        Assert.InRange(int.Parse(r.Stdout.Split(' ')[2]), 0, 16);
    }

    [Fact]
    public async Task Huge_sparse_file_is_refused_by_the_file_size_limit()
    {
        var r = await sandbox.RunHostileAsync("import signal\nsignal.signal(signal.SIGXFSZ, signal.SIG_IGN)\nf = open('big', 'wb')\nf.seek(10 * 1024 ** 3)\ntry:\n    f.write(b'x')\n    f.flush()\n    print('wrote')\nexcept OSError as e:\n    print('refused', e.errno)");
        Assert.Equal("refused 27\n", r.Stdout); // EFBIG
    }

    private async Task AssertPoolStillWorks()
    {
        var after = await sandbox.RunHostileAsync("print('alive')");
        Assert.Equal(RunStatus.Ok, after.Status);
        Assert.Equal("alive\n", after.Stdout);
    }
}
