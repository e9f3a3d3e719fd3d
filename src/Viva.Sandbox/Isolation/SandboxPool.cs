using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Viva.Sandbox.Isolation;

/// <summary>
/// Warm sandboxes for one interpreter: one background loop per slot starts a sandbox, offers it, waits
/// until it has been used and, once its supervisor says the run is cleaned away, offers it again, up to
/// <see cref="SandboxOptions.RunsPerSandbox"/> runs; then (or at once after any anomaly) it retires it and
/// starts the next. A run's latency is a hand-off, and throughput is no longer capped by how fast bwrap
/// and Python start. Waiting runs are bounded (back-pressure): past the limit, RunAsync throws
/// SandboxBusyException.
/// </summary>
internal sealed class SandboxPool : IAsyncDisposable
{
    private static readonly string Harness = ReadHarness();
    private static readonly TimeSpan HostGrace = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan CleanupLimit = TimeSpan.FromSeconds(5);
    private const int FailuresBeforeReport = 2;

    private readonly SandboxLayout layout;
    private readonly SandboxOptions options;
    private readonly string seccompPath;
    private readonly CgroupSlot[] cgroups;
    private readonly UidClaim[] uids;
    private readonly Channel<Lease> ready = Channel.CreateUnbounded<Lease>();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task[] loops;
    private int waiting;

    /// <summary>One offer of a sandbox (or of a start failure); Used says whether the sandbox may serve again.</summary>
    private sealed record Lease(WarmSandbox? Sandbox, Exception? Error, TaskCompletionSource<bool> Used);

    public SandboxPool(PythonInterpreter interpreter, SandboxOptions options)
    {
        if (!OperatingSystem.IsLinux() || !IsRoot())
            throw new SandboxUnavailableException("the sandbox needs root on Linux: it starts each sandbox as its own unprivileged uid");
        foreach (var tool in new[] { SandboxLayout.Bwrap, SandboxLayout.Setpriv, "/bin/sh" })
            if (!File.Exists(tool))
                throw new SandboxUnavailableException($"{tool} is missing: run scripts/install-deps.sh (apt-get install bubblewrap)");
        this.options = options;
        layout = SandboxLayout.For(interpreter);
        var name = $"viva-{Environment.ProcessId}-{Guid.NewGuid():N}"[..24];
        seccompPath = Path.Combine(Path.GetTempPath(), name + ".bpf");
        File.WriteAllBytes(seccompPath, SeccompFilter.Build());
        File.SetUnixFileMode(seccompPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        cgroups = Enumerable.Range(0, options.Slots).Select(i => CgroupSlot.Create(name, i, options.MaxProcesses + 4, options.CpuCores)).ToArray();
        uids = Enumerable.Range(0, options.Slots).Select(_ => UidClaim.Take(options.BaseUid)).ToArray();
        Enforcement = Describe();
        loops = Enumerable.Range(0, options.Slots).Select(i => Task.Run(() => SlotLoopAsync(i))).ToArray();
    }

    /// <summary>Which limit is enforced by what, on this machine (said once at start-up).</summary>
    public IReadOnlyList<string> Enforcement { get; }

    public async Task<RunResult> RunAsync(RunRequest request, CancellationToken ct)
    {
        if (Interlocked.Increment(ref waiting) > options.QueueLimit)
        {
            Interlocked.Decrement(ref waiting);
            throw new SandboxBusyException();
        }
        Lease lease;
        try
        {
            // A sandbox that died while idle is handed back unused (its slot starts a fresh one), so
            // the run is not blamed for a death it did not cause.
            while ((lease = await ready.Reader.ReadAsync(ct)).Sandbox is { HasExited: true })
                lease.Used.TrySetResult(false);
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }
        if (lease.Sandbox is not { } sandbox)
        {
            lease.Used.TrySetResult(false);
            throw new SandboxUnavailableException("the sandbox failed to start: " + lease.Error!.Message, lease.Error);
        }
        var clock = Stopwatch.StartNew();
        var reusable = false;
        try
        {
            var cgroup = cgroups[sandbox.Slot];
            cgroup.SetMemoryLimit(RunProtocol.CgroupBytes(request, options));
            var oomBefore = cgroup.OomKills();
            var (job, nonce) = RunProtocol.Job(request, options);
            using var reply = await sandbox.RunAsync(job, request.Timeout + HostGrace, LiveText(request.Output), ct);
            if (reply is null)
            {
                // No reply: the program killed or stopped its supervisor. Everything goes with bwrap.
                var timedOut = clock.Elapsed >= request.Timeout + HostGrace;
                var said = await sandbox.KillAsync();
                ct.ThrowIfCancellationRequested();
                // What bwrap or the supervisor last printed says why it ended (an OOM kill, a traceback).
                var why = said.Length == 0 ? "" : ": " + said.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
                return RunProtocol.Failed(timedOut ? RunStatus.Timeout : RunStatus.Killed,
                    timedOut ? "the run did not finish in time" : "the sandbox's supervisor was killed" + why, clock.Elapsed.TotalMilliseconds);
            }
            var result = RunProtocol.Result(reply, nonce, cgroup.OomKills() > oomBefore, request);
            // Only an ordinary ending keeps the sandbox: a timeout, a limit hit, a signal (even one the
            // program sent itself) or a reply for another run is an anomaly, and a fresh sandbox costs
            // little next to being wrong.
            reusable = result.Status is RunStatus.Ok or RunStatus.Error && RunProtocol.Signal(reply) is null;
            return result;
        }
        finally
        {
            // Reply first, clean up afterwards: the supervisor's clean-up and any teardown happen in the
            // slot's loop, off the caller's path.
            lease.Used.TrySetResult(reusable);
        }
    }

    /// <summary>Live output bytes as text: a character split across two frames is decoded whole, never as two replacement marks.</summary>
    private static Action<byte[]>? LiveText(Action<string>? output)
    {
        if (output is null)
            return null;
        var decoder = System.Text.Encoding.UTF8.GetDecoder();
        return bytes =>
        {
            var chars = new char[decoder.GetCharCount(bytes, flush: false)];
            var n = decoder.GetChars(bytes, chars, flush: false);
            if (n > 0)
                output(OutputText.Clean(new string(chars, 0, n)));
        };
    }

    private async Task SlotLoopAsync(int slot)
    {
        var failures = 0;
        while (!stopping.IsCancellationRequested)
        {
            WarmSandbox sandbox;
            try
            {
                sandbox = await WarmSandbox.StartAsync(layout, options, cgroups[slot], slot, uids[slot].Uid, seccompPath, Harness, stopping.Token);
                failures = 0;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (error is SandboxUnavailableException or IOException or System.ComponentModel.Win32Exception)
            {
                // One failed start may be a passing stall (a loaded machine starting a new version's pool took
                // over the start limit once); a failure that repeats is the machine's, and is reported to one
                // waiting run instead of leaving it waiting forever. Either way, back off.
                var delay = Task.Delay(TimeSpan.FromMilliseconds(Math.Min(5000, 100 << Math.Min(failures++, 6))), CancellationToken.None);
                if (failures < FailuresBeforeReport)
                {
                    await delay;
                    continue;
                }
                var failed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                ready.Writer.TryWrite(new Lease(null, error, failed));
                await delay;
                await failed.Task.WaitAsync(stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                continue;
            }
            // An idle supervisor (waiting for its next job) exits by itself on EOF; after an anomaly the
            // sandbox is killed at once: its PID namespace, and everything in it, goes with bwrap.
            if (await ServeAsync(sandbox))
                await sandbox.RetireAsync(TimeSpan.FromSeconds(5));
            else
                await sandbox.EndAsync();
        }
    }

    /// <summary>
    /// Offers one sandbox run after run until it has served its share (true: it is idle and clean) or
    /// something was off (false).
    /// </summary>
    private async Task<bool> ServeAsync(WarmSandbox sandbox)
    {
        try
        {
            for (var runs = 1; ; runs++)
            {
                var used = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                ready.Writer.TryWrite(new Lease(sandbox, null, used));
                if (!await used.Task.WaitAsync(stopping.Token))
                    return false;
                // The supervisor says "ready" only once the run's processes are dead and its files gone;
                // it exits instead (EOF here) when that fails.
                if (!await sandbox.WaitReadyAsync(CleanupLimit, stopping.Token))
                    return false;
                if (runs >= options.RunsPerSandbox)
                    return true;
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception error) when (error is IOException or JsonException)
        {
            return false; // a garbled control channel is an anomaly like any other
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        ready.Writer.TryComplete();
        await Task.WhenAll(loops); // each loop retires its own sandbox
        while (ready.Reader.TryRead(out _))
        {
        }
        foreach (var cgroup in cgroups)
            cgroup.Remove();
        foreach (var uid in uids)
            uid.Dispose();
        File.Delete(seccompPath);
        stopping.Dispose();
    }

    private List<string> Describe()
    {
        var memory = cgroups.All(c => c.HasMemory);
        var pids = cgroups.All(c => c.HasPids);
        var cpu = cgroups.All(c => c.HasCpu);
        return
        [
            "isolation: bubblewrap (run by root, no user namespace), new pid/net/ipc/uts/mount/cgroup namespaces, --new-session, --die-with-parent, empty environment",
            $"identity: setpriv to a uid/gid of its own per slot ({string.Join(", ", uids.Select(u => u.Uid))}; claimed machine-wide from {options.BaseUid} up), no groups, no capabilities, no_new_privs",
            $"filesystem: read-only {string.Join(", ", layout.Binds)}; / and /dev read-only; {options.TmpfsMb} MB tmpfs on {SandboxLayout.WorkDir}, /tmp, /dev/shm",
            "cpu time: RLIMIT_CPU (SIGXCPU, then SIGKILL one second later)" + (cpu
                ? $"; a cgroup v1 cpuset per slot keeps the whole run (threads and children together) on {options.CpuCores} CPU(s)"
                : " (no usable cpuset cgroup: forked children may use every core until the wall clock)"),
            "wall clock: the supervisor kills every process of the run at the deadline; the host kills the sandbox 2 s later",
            $"reuse: a sandbox serves up to {options.RunsPerSandbox} runs, each a fresh fork of a supervisor that never sees run data; between runs every process of the run is killed and /work, /tmp, /dev/shm wiped, or the sandbox is retired",
            "memory: RLIMIT_AS per process" + (memory ? " and the cgroup v1 memory controller for the whole run" : " (no usable memory cgroup: forked children are not held together)"),
            $"processes/threads: RLIMIT_NPROC {options.MaxProcesses} per slot uid" + (pids ? " and the cgroup v1 pids controller" : " (no usable pids cgroup)"),
            $"files: RLIMIT_FSIZE {options.MaxFileMb} MB, RLIMIT_NOFILE {options.MaxOpenFiles}, RLIMIT_CORE 0, disk by tmpfs size",
            $"output: stdout and stderr read by the supervisor with a {options.OutputCapBytes} byte cap each; the run stops past it",
            SeccompFilter.Summary,
        ];
    }

    private static bool IsRoot()
    {
        try
        {
            return File.ReadLines("/proc/self/status").Any(l => l.StartsWith("Uid:", StringComparison.Ordinal) && l.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1] == "0");
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The one script the sandbox starts: the run's side, then the supervisor that uses it.</summary>
    private static string ReadHarness() => ReadResource("harness.py") + "\n\n" + ReadResource("supervisor.py");

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Viva.Sandbox." + name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
