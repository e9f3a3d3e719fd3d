namespace Viva.Sandbox.Tests;

/// <summary>
/// One sandbox serves many runs in turn: whatever run A leaves behind (processes, files, IPC objects,
/// a wounded supervisor) must be gone, or the sandbox retired, before run B starts. Runs go to a pool of
/// one sandbox; B's pid being higher than A's proves B ran in the same sandbox (PIDs count on within a
/// PID namespace; a fresh sandbox starts again at 4: bwrap, zygote, monitor, run).
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class SandboxReuseTests(OneSandboxFixture one) : IClassFixture<OneSandboxFixture>
{
    private const string PidsNow = "import os\nprint(os.getpid(), os.getppid(), sorted(int(p) for p in os.listdir('/proc') if p.isdigit()))";

    [Fact]
    public async Task A_sleeping_or_stopped_setsid_daemon_is_gone_before_the_next_run_starts()
    {
        var daemons = "import os, signal, time\nr, w = os.pipe()\nfor stop in (False, True):\n    if os.fork() == 0:\n        os.setsid()\n        if os.fork() == 0:\n            os.write(w, b'%d ' % os.getpid())\n            if stop: os.kill(os.getpid(), signal.SIGSTOP)\n            while True: time.sleep(0.01)\n        os._exit(0)\n    os.wait()\nos.close(w)\ntime.sleep(0.2)\nprint(os.getpid(), os.read(r, 100).decode().strip())";
        var a = await one.RunHostileAsync(daemons);
        Assert.Equal(RunStatus.Ok, a.Status);
        var b = await one.RunHostileAsync(PidsNow);
        var (aPid, daemonPids) = (int.Parse(a.Stdout.Split(' ')[0]), a.Stdout.Trim().Split(' ').Skip(1).Select(int.Parse).ToList());
        var (bPid, bParent, visible) = Parse(b.Stdout);
        Assert.Equal(2, daemonPids.Count);
        Assert.True(bPid > aPid, $"not the same sandbox: {a.Stdout} / {b.Stdout}");
        Assert.Empty(visible.Intersect(daemonPids));
        Assert.Equal(4, visible.Count); // pid 1 (bwrap), the zygote, this run's monitor, this run
        Assert.Contains(bParent, visible);
    }

    [Fact]
    public async Task Files_left_anywhere_writable_even_locked_are_invisible_to_the_next_run()
    {
        var leave = "import os\nfor d in ('/work', '/tmp', '/dev/shm'):\n    os.makedirs(d + '/deep/er', exist_ok=True)\n    open(d + '/deep/er/left', 'w').write('secret')\n    os.mkfifo(d + '/fifo')\n    os.symlink('/etc', d + '/link')\n    os.chmod(d + '/deep/er', 0)\n    os.chmod(d + '/deep', 0)\nprint(os.getpid())";
        var a = await one.RunHostileAsync(leave);
        Assert.Equal(RunStatus.Ok, a.Status);
        var b = await one.RunHostileAsync("import os\nprint(os.getpid(), os.listdir('/work'), os.listdir('/tmp'), os.listdir('/dev/shm'))");
        var parts = b.Stdout.Split(' ', 2);
        Assert.True(int.Parse(parts[0]) > int.Parse(a.Stdout), $"not the same sandbox: {a.Stdout} / {b.Stdout}");
        Assert.Equal("['main.py'] [] []\n", parts[1]);
    }

    [Fact]
    public async Task SysV_ipc_and_posix_message_queues_are_refused()
    {
        // The IPC namespace lives as long as the sandbox, so objects there would outlive their run.
        var code = "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\nfor nr, args in ((29, (0, 4096, 0o1600)), (64, (0, 1, 0o1600)), (68, (0, 0o1600)), (240, (b'/q', 0o100 | 2, 0o600, None))):\n    print(libc.syscall(nr, *args), ctypes.get_errno())";
        var r = await one.RunHostileAsync(code);
        Assert.Equal(string.Concat(Enumerable.Repeat("-1 1\n", 4)), r.Stdout);
    }

    [Fact]
    public async Task The_supervisor_is_closed_to_the_run_through_proc()
    {
        // A daemon of run A holds a deleted file; run B then looks through every process's fd, mem,
        // environ and maps: the daemon is gone and the supervisor (same uid, not dumpable) is closed.
        var a = await one.RunHostileAsync("import os, time\nf = open('/tmp/s', 'w+'); f.write('secret-of-a'); f.flush(); os.unlink('/tmp/s')\nif os.fork() == 0:\n    os.setsid(); time.sleep(60)\nprint(os.getpid())");
        var probe = "import os\nme = os.getpid()\nfor pid in sorted(int(p) for p in os.listdir('/proc') if p.isdigit() and int(p) != me):\n    names = ['mem', 'environ', 'maps']\n    try: names += ['fd/' + n for n in os.listdir('/proc/%d/fd' % pid)]\n    except OSError as e: print(pid, 'fd', e.errno)\n    for n in names:\n        try:\n            with open('/proc/%d/%s' % (pid, n), 'rb') as f: print(pid, n, 'opened', f.read(64))\n        except OSError as e: print(pid, n, e.errno)\nprint('me', me)";
        var b = await one.RunHostileAsync(probe);
        Assert.Equal(RunStatus.Ok, b.Status);
        Assert.DoesNotContain("secret-of-a", b.Stdout);
        Assert.DoesNotContain("opened", b.Stdout);
        Assert.True(int.Parse(b.Stdout.Split("me ")[1]) > int.Parse(a.Stdout), $"not the same sandbox: {a.Stdout} / {b.Stdout}");
    }

    [Fact]
    public async Task Nothing_of_the_previous_run_is_anywhere_in_the_next_runs_memory()
    {
        // Run A's code and output carry a marker. Run B reads its whole address space (inherited from
        // the zygote by fork) and looks for it: the zygote never held A's job or output, so B cannot
        // find it, not even in freed memory. B holds the marker only in two halves, never whole, and
        // proves its scanner works by finding the first half.
        var (head, tail) = ("viva-marker-" + Guid.NewGuid().ToString("N")[..8], Guid.NewGuid().ToString("N"));
        var a = await one.RunHostileAsync($"import os\nsecret = '{head}{tail}'\nprint(secret, os.getpid())");
        Assert.StartsWith(head + tail, a.Stdout);
        var scan = $"import os, re\nhead, tail = b'{head}', b'{tail}'\nfound = halves = 0\nmem = open('/proc/self/mem', 'rb', 0)\nfor line in open('/proc/self/maps').read().splitlines():\n    lo, hi = (int(x, 16) for x in line.split()[0].split('-'))\n    if line.split()[1][0] != 'r' or hi - lo > 1 << 28: continue\n    try:\n        mem.seek(lo); chunk = mem.read(hi - lo)\n    except OSError: continue\n    i = chunk.find(head)\n    while i >= 0:\n        halves += 1\n        found += chunk[i + len(head):i + len(head) + len(tail)] == tail\n        i = chunk.find(head, i + 1)\nprint(found, halves > 0, os.getpid())";
        var b = await one.RunHostileAsync(scan);
        var parts = b.Stdout.Trim().Split(' ');
        Assert.True(parts.Length == 3, b.Stdout + b.Stderr);
        Assert.True(int.Parse(parts[2]) > int.Parse(a.Stdout.Trim().Split(' ')[1]), $"not the same sandbox: {a.Stdout} / {b.Stdout}");
        Assert.Equal("True", parts[1]);
        Assert.Equal("0", parts[0]);
    }

    [Theory]
    [InlineData("os.kill(os.getppid(), signal.SIGKILL)")] // the run's monitor
    [InlineData("os.kill(zygote, signal.SIGKILL)")]
    [InlineData("os.kill(zygote, signal.SIGSTOP)")]
    public async Task A_run_that_kills_or_stops_its_supervisor_ends_the_sandbox_and_the_next_run_works(string attack)
    {
        var code = $"import os, signal, time\nzygote = int(open('/proc/%d/stat' % os.getppid()).read().rsplit(')', 1)[1].split()[1])\n{attack}\ntime.sleep(0.5)\nprint('still here')";
        var r = await one.RunHostileAsync(code);
        if (attack.Contains("SIGSTOP", StringComparison.Ordinal))
            Assert.Equal(RunStatus.Ok, r.Status); // the run itself ends normally; its sandbox does not serve again
        else
            Assert.Equal(RunStatus.Killed, r.Status);
        var next = await one.RunHostileAsync(PidsNow);
        Assert.Equal(RunStatus.Ok, next.Status);
        Assert.Equal(4, Parse(next.Stdout).Pid); // a fresh sandbox
    }

    [Theory]
    [InlineData("resource.prlimit(zygote, resource.RLIMIT_DATA, (1 << 20, 1 << 20))")]
    [InlineData("os.setpriority(os.PRIO_PROCESS, zygote, 19)")]
    [InlineData("os.sched_setaffinity(zygote, {0})")]
    public async Task A_run_that_changes_its_supervisors_limits_or_priority_gets_the_next_run_a_fresh_sandbox(string attack)
    {
        // Same uid, so prlimit, setpriority and sched_setaffinity reach the zygote without ptrace; every
        // later run would inherit the change, so the zygote notices and the sandbox retires. (This pool's
        // slot may use every CPU, so narrowing the zygote to CPU 0 is a change.)
        var code = $"import os, resource\nzygote = int(open('/proc/%d/stat' % os.getppid()).read().rsplit(')', 1)[1].split()[1])\n{attack}\nprint(os.getpid())";
        var r = await one.RunHostileAsync(code);
        Assert.Equal(RunStatus.Ok, r.Status);
        var next = await one.RunHostileAsync("import os, resource\nprint(os.getpid(), os.getpriority(os.PRIO_PROCESS, 0), resource.getrlimit(resource.RLIMIT_DATA)[1] == resource.RLIM_INFINITY)");
        Assert.Equal("4 10 True\n", next.Stdout); // a fresh sandbox at the nice every sandbox starts with
    }

    [Fact]
    public async Task A_run_whose_leftovers_cannot_be_cleaned_gets_the_next_run_a_fresh_sandbox()
    {
        // Deeper than the clean-up will go (Python's recursion limit): the clean-up fails, so the
        // sandbox retires instead of serving again; the run itself had already been answered.
        var r = await one.RunHostileAsync("import os\nos.chdir('/tmp')\nfor _ in range(1200):\n    os.mkdir('d'); os.chdir('d')\nprint('deep')");
        Assert.Equal("deep\n", r.Stdout);
        var next = await one.RunHostileAsync("import os\nprint(os.getpid(), os.listdir('/tmp'))");
        Assert.Equal("4 []\n", next.Stdout);
    }

    [Fact]
    public async Task A_run_that_times_out_gets_the_next_run_a_fresh_sandbox()
    {
        var r = await one.RunHostileAsync("import time\ntime.sleep(60)", timeoutMs: 500);
        Assert.Equal(RunStatus.Timeout, r.Status);
        var next = await one.RunHostileAsync("import os\nprint(os.getpid())");
        Assert.Equal("4\n", next.Stdout);
    }

    [Fact]
    public async Task A_sandbox_is_replaced_after_its_share_of_runs()
    {
        var interpreter = PythonInterpreter.Find()!;
        await using var runner = new PythonRunner(interpreter, new SandboxOptions { Slots = 1, RunsPerSandbox = 3, BaseUid = 60091 });
        var pids = new List<int>();
        for (var i = 0; i < 4; i++)
            pids.Add(int.Parse((await runner.RunAsync(new RunRequest { Code = "import os\nprint(os.getpid())" })).Stdout));
        Assert.True(pids[0] < pids[1] && pids[1] < pids[2], string.Join(' ', pids));
        Assert.Equal(4, pids[3]);
    }

    [Fact]
    public async Task Stopping_a_pool_while_its_replacement_sandbox_starts_never_hangs_nor_leaves_a_sandbox_behind()
    {
        // `viva run` with a time-out: the timed-out sandbox is killed, its slot starts the next one, and
        // the command disposes the pool at once. A kill that lands while bwrap is still setting up used
        // to leave the sandbox's pid 1 alive, holding the control pipe, and the disposal waited for ever.
        var interpreter = PythonInterpreter.Find()!;
        var orphansBefore = OrphanedSandboxes();
        for (var i = 0; i < 8; i++)
        {
            var runner = new PythonRunner(interpreter, new SandboxOptions { Slots = 1, BaseUid = 60092 });
            var r = await runner.RunAsync(new RunRequest { Code = "while True: pass", Timeout = TimeSpan.FromMilliseconds(300) });
            Assert.Equal(RunStatus.Timeout, r.Status);
            await Task.Delay(i * 15); // the replacement at different stages of its start
            await runner.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        }
        // Another test process ending at this moment (the suites run side by side) leaves its sandboxes
        // adopted by init for the instant before their death signal lands; a sandbox this test left behind
        // stays. So an orphan counts only if it is still alive after a few seconds.
        var left = OrphanedSandboxes().Except(orphansBefore).ToList();
        for (var wait = 0; wait < 50 && left.Count > 0; wait++)
        {
            await Task.Delay(100);
            left = left.Intersect(OrphanedSandboxes()).ToList();
        }
        Assert.Empty(left);
    }

    /// <summary>Live bwrap processes whose parent is gone (adopted by init): a sandbox's parent is its host. Zombies are dead already.</summary>
    private static List<string> OrphanedSandboxes()
    {
        var found = new List<string>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            try
            {
                var status = File.ReadAllText(Path.Combine(dir, "status"));
                if (status.StartsWith("Name:\tbwrap\n", StringComparison.Ordinal) && status.Contains("\nPPid:\t1\n", StringComparison.Ordinal) && !status.Contains("\nState:\tZ", StringComparison.Ordinal))
                    found.Add(Path.GetFileName(dir));
            }
            catch (IOException)
            {
            }
        }
        return found;
    }

    private static (int Pid, int Parent, List<int> Visible) Parse(string stdout)
    {
        var parts = stdout.Trim().Split(' ', 3);
        return (int.Parse(parts[0]), int.Parse(parts[1]), parts[2].Trim('[', ']').Split(", ").Select(int.Parse).ToList());
    }
}
