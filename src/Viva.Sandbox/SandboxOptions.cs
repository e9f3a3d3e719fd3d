namespace Viva.Sandbox;

/// <summary>How a runner's pool of warm sandboxes is sized and limited.</summary>
public sealed record SandboxOptions
{
    /// <summary>Warm sandboxes kept ready; each runs one program at a time.</summary>
    public int Slots { get; init; } = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>
    /// Runs one sandbox serves in turn (each in a fresh fork, with everything of the previous run killed
    /// and wiped in between) before it is replaced; any anomaly (a timeout, a limit hit, a killed
    /// supervisor, a failed clean-up) replaces it at once. 1 gives single-use sandboxes.
    /// </summary>
    public int RunsPerSandbox { get; init; } = 50;

    /// <summary>Runs allowed to wait for a sandbox; beyond it RunAsync throws <see cref="SandboxBusyException"/>.</summary>
    public int QueueLimit { get; init; } = 256;

    /// <summary>Host uid of slot 0; slot N runs as BaseUid + N, so rlimits on processes never mix slots.</summary>
    public int BaseUid { get; init; } = 60000;

    /// <summary>Bytes of stdout, and separately of stderr, kept; a program writing more is stopped.</summary>
    public int OutputCapBytes { get; init; } = 1 << 20;

    /// <summary>Size of each tmpfs (the working directory, /tmp, /dev/shm).</summary>
    public int TmpfsMb { get; init; } = 16;

    /// <summary>Processes and threads per run (RLIMIT_NPROC and the pids cgroup).</summary>
    public int MaxProcesses { get; init; } = 32;

    /// <summary>Open files per process (RLIMIT_NOFILE).</summary>
    public int MaxOpenFiles { get; init; } = 64;

    /// <summary>Largest file a run may write (RLIMIT_FSIZE).</summary>
    public int MaxFileMb { get; init; } = 16;

    /// <summary>
    /// CPUs a run may execute on (its slot's cpuset): its threads and children share them, so one run
    /// cannot take every core from the others for the length of its time-out.
    /// </summary>
    public int CpuCores { get; init; } = 1;
}
