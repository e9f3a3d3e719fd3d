using System.Buffers.Binary;
using System.Diagnostics;
using System.Text.Json;

namespace Viva.Sandbox.Isolation;

/// <summary>
/// One started sandbox: bwrap with the supervisor Python already imported and waiting on its control
/// channel (its stdin/stdout, owned by the host). It serves jobs one at a time: after each reply the
/// supervisor cleans up and sends "ready" again (<see cref="WaitReadyAsync"/>), or exits on an anomaly.
/// </summary>
internal sealed class WarmSandbox
{
    // The launcher runs as root only long enough to join the slot's cgroups and open the seccomp
    // program for bwrap; it execs bwrap, so the host's Process is bwrap itself.
    private const string Launcher = "echo $$ >\"$1\" || exit 97; echo $$ >\"$2\" || exit 97; echo $$ >\"$3\" || exit 97; f=$4; shift 4; exec \"$@\" 9<\"$f\"";
    private const int MaxFrameBytes = 16 << 20;

    private readonly Process process;
    private readonly CgroupSlot cgroup;
    private readonly Stream control;
    private readonly Task<string> diagnostics;
    private readonly byte[] head = new byte[4]; // one frame at a time, so one length buffer will do

    private WarmSandbox(int slot, Process process, CgroupSlot cgroup)
    {
        Slot = slot;
        this.process = process;
        this.cgroup = cgroup;
        control = process.StandardOutput.BaseStream;
        diagnostics = ReadTailAsync(process.StandardError.BaseStream);
    }

    public int Slot { get; }

    /// <summary>True when the sandbox ended while it waited for a run (the kernel's OOM killer, an operator).</summary>
    public bool HasExited => process.HasExited;

    /// <summary>Starts a sandbox and waits until its supervisor says it is ready.</summary>
    public static async Task<WarmSandbox> StartAsync(SandboxLayout layout, SandboxOptions options, CgroupSlot cgroup, int slot, int uid, string seccompPath, string harness, CancellationToken ct)
    {
        var psi = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/",
        };
        psi.Environment.Clear(); // bwrap's own environment is readable inside as /proc/1/environ
        foreach (var arg in new[] { "-c", Launcher, "sh", cgroup.MemoryProcs, cgroup.PidsProcs, cgroup.CpuProcs, seccompPath, SandboxLayout.Bwrap })
            psi.ArgumentList.Add(arg);
        foreach (var arg in layout.BwrapArguments(options, uid, 9, harness))
            psi.ArgumentList.Add(arg);
        var process = await SandboxSpawner.StartAsync(psi);
        var sandbox = new WarmSandbox(slot, process, cgroup);
        try
        {
            var started = await sandbox.WaitReadyAsync(TimeSpan.FromSeconds(20), ct);
            ct.ThrowIfCancellationRequested();
            if (!started)
                throw new SandboxUnavailableException("the sandbox did not start: " + await sandbox.KillAsync());
            return sandbox;
        }
        catch
        {
            await sandbox.KillAsync();
            throw;
        }
    }

    /// <summary>
    /// Waits for the supervisor's "ready": sent once it has started, and again after each run once that
    /// run's processes and files are gone. False if it exits instead (an anomaly) or takes too long.
    /// </summary>
    public async Task<bool> WaitReadyAsync(TimeSpan limit, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limit);
        using var frame = await ReadFrameAsync(timeout.Token);
        return frame is not null && frame.RootElement.ValueKind == JsonValueKind.Object
            && frame.RootElement.TryGetProperty("ready", out var ready) && ready.ValueKind == JsonValueKind.True;
    }

    /// <summary>
    /// Hands the job over and waits for the supervisor's reply; null if it died or ran past the deadline.
    /// The job carries 4 free bytes in front for the length, so it goes out in one write. Live output frames
    /// ({"out": base64}) that come before the reply go to <paramref name="output"/>.
    /// </summary>
    public async Task<JsonDocument?> RunAsync(byte[] framedJob, TimeSpan deadline, Action<byte[]>? output, CancellationToken ct)
    {
        BinaryPrimitives.WriteUInt32BigEndian(framedJob, (uint)(framedJob.Length - 4));
        var input = process.StandardInput.BaseStream;
        try
        {
            await input.WriteAsync(framedJob, ct);
            await input.FlushAsync(ct);
        }
        catch (IOException)
        {
            return null;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(deadline);
        while (true)
        {
            var frame = await ReadFrameAsync(timeout.Token);
            if (frame is null || !frame.RootElement.TryGetProperty("out", out var live) || live.ValueKind != JsonValueKind.String)
                return frame;
            using (frame)
                output?.Invoke(live.GetBytesFromBase64());
        }
    }

    /// <summary>Closes the control channel (the supervisor exits on EOF) and reaps the sandbox; kills it if it lingers.</summary>
    public async Task RetireAsync(TimeSpan grace)
    {
        try { process.StandardInput.Close(); } catch (IOException) { } catch (InvalidOperationException) { }
        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
        }
        process.Dispose();
    }

    /// <summary>Kills the sandbox and releases its process (the slot's loop ends every sandbox it started this way or by RetireAsync).</summary>
    public async Task EndAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    /// <summary>Kills bwrap (its PID namespace goes with it: --die-with-parent) and everything in its slot's cgroups, and returns what it said on stderr.</summary>
    public async Task<string> KillAsync()
    {
        Kill();
        await process.WaitForExitAsync(CancellationToken.None);
        try
        {
            return (await diagnostics.WaitAsync(TimeSpan.FromSeconds(2))).Trim();
        }
        catch (TimeoutException)
        {
            return "(no diagnostics)";
        }
    }

    public Task<string> Diagnostics => diagnostics;

    private async Task<JsonDocument?> ReadFrameAsync(CancellationToken ct)
    {
        JsonDocument? frame;
        // A pending read on a pipe does not observe cancellation; killing the sandbox ends it with EOF.
        // The wait gives up on cancellation too, in case some process still holds the pipe open.
        await using (ct.Register(Kill))
        {
            try
            {
                frame = await ReadBodyAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return null; // killed: the sandbox is ended by its owner, and its control stream with it
            }
        }
        // The limit can pass just as a frame arrives, and then the kill runs after the read: such a
        // sandbox is dead however good its frame looks. Handing it out as ready cost a later run its
        // reply ("supervisor was killed") under heavy load. Once the registration is disposed the kill
        // either has run (the token says so) or never will.
        if (ct.IsCancellationRequested)
        {
            frame?.Dispose();
            return null;
        }
        return frame;
    }

    private async Task<JsonDocument?> ReadBodyAsync(CancellationToken ct)
    {
        if (!await ReadExactAsync(head, CancellationToken.None).WaitAsync(ct))
            return null;
        var length = BinaryPrimitives.ReadUInt32BigEndian(head);
        if (length > MaxFrameBytes)
            return null;
        var body = new byte[length];
        return await ReadExactAsync(body, CancellationToken.None).WaitAsync(ct) ? JsonDocument.Parse(body) : null;
    }

    private void Kill()
    {
        try { process.Kill(); } catch (InvalidOperationException) { }
        cgroup.KillAll();
    }

    private async Task<bool> ReadExactAsync(byte[] buffer, CancellationToken ct)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await control.ReadAsync(buffer.AsMemory(read), ct);
            if (n == 0)
                return false;
            read += n;
        }
        return true;
    }

    /// <summary>Keeps the last few KB of bwrap's and the supervisor's own stderr, for diagnostics.</summary>
    private static async Task<string> ReadTailAsync(Stream stream)
    {
        var kept = new List<byte>();
        var buffer = new byte[4096];
        int n;
        while ((n = await stream.ReadAsync(buffer)) > 0)
        {
            kept.AddRange(buffer.AsSpan(0, n).ToArray());
            if (kept.Count > 8192)
                kept.RemoveRange(0, kept.Count - 8192);
        }
        return OutputText.Clean(kept.ToArray());
    }
}
