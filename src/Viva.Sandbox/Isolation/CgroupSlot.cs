namespace Viva.Sandbox.Isolation;

/// <summary>
/// One pool slot's cgroup v1 directories (memory, pids and cpuset) under the host's own cgroups. rlimits
/// are per process, so these are what hold a program that forks or spawns threads around them. Missing
/// controllers give "/dev/null" paths, so the launcher's writes are harmless and the limit is reported
/// as not enforced.
/// </summary>
internal sealed class CgroupSlot
{
    private readonly string? memory;
    private readonly string? pids;
    private readonly string? cpu;
    private long memoryLimit = -1; // as last written; one run at a time per slot, so no locking

    private CgroupSlot(string? memory, string? pids, string? cpu)
    {
        this.memory = memory;
        this.pids = pids;
        this.cpu = cpu;
    }

    public bool HasMemory => memory is not null;
    public bool HasPids => pids is not null;
    public bool HasCpu => cpu is not null;
    public string MemoryProcs => memory is null ? "/dev/null" : Path.Combine(memory, "cgroup.procs");
    public string PidsProcs => pids is null ? "/dev/null" : Path.Combine(pids, "cgroup.procs");
    public string CpuProcs => cpu is null ? "/dev/null" : Path.Combine(cpu, "cgroup.procs");

    /// <summary>Creates (or reuses) the slot's directories; a controller that cannot be used is left out.</summary>
    public static CgroupSlot Create(string poolName, int slot, int maxPids, int cpuCores)
    {
        var memory = MakeDir("memory", poolName, slot);
        var pids = MakeDir("pids", poolName, slot);
        if (pids is not null && !TryWrite(Path.Combine(pids, "pids.max"), maxPids.ToString()))
            pids = null;
        // A cpuset rather than a CFS quota: a quota put each slot in a scheduling group of its own and
        // throttled bursts, which cost a quarter of the runs per second under overload; a cpuset only
        // says where a run may execute, and sched_setaffinity inside cannot widen it.
        var cpu = MakeDir("cpuset", poolName, slot);
        if (cpu is not null && !Pin(cpu, slot, cpuCores))
            cpu = null;
        return new CgroupSlot(memory, pids, cpu);
    }

    /// <summary>
    /// Gives the slot's cpuset <paramref name="cores"/> of the CPUs this process may use, slots spread
    /// round them. A new cpuset starts empty, so the pool's directory first gets its parent's CPUs.
    /// </summary>
    private static bool Pin(string slotDir, int slot, int cores)
    {
        var poolDir = Path.GetDirectoryName(slotDir)!;
        var ownDir = Path.GetDirectoryName(poolDir)!;
        try
        {
            var cpus = File.ReadAllText(Path.Combine(ownDir, "cpuset.cpus")).Trim();
            var mems = File.ReadAllText(Path.Combine(ownDir, "cpuset.mems")).Trim();
            var allowed = ParseCpuList(cpus);
            var mine = Enumerable.Range(slot * cores, Math.Min(cores, allowed.Count)).Select(i => allowed[i % allowed.Count]);
            return TryWrite(Path.Combine(poolDir, "cpuset.cpus"), cpus) && TryWrite(Path.Combine(poolDir, "cpuset.mems"), mems)
                && TryWrite(Path.Combine(slotDir, "cpuset.cpus"), string.Join(',', mine)) && TryWrite(Path.Combine(slotDir, "cpuset.mems"), mems);
        }
        catch (IOException) { return false; }
        catch (FormatException) { return false; }
    }

    /// <summary>"0-3,6,8-9" as a list of CPU numbers.</summary>
    private static List<int> ParseCpuList(string list) =>
        [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries).SelectMany(part => part.Split('-') is [var from, var to]
            ? Enumerable.Range(int.Parse(from), int.Parse(to) - int.Parse(from) + 1)
            : [int.Parse(part)])];

    /// <summary>
    /// Sets the memory limit before a job is handed over (the sandbox starts before its job is known).
    /// Most runs ask for the same limit as the last one on this slot: then there is nothing to write.
    /// </summary>
    public void SetMemoryLimit(long bytes)
    {
        if (memory is null || bytes == memoryLimit)
            return;
        memoryLimit = TryWrite(Path.Combine(memory, "memory.limit_in_bytes"), bytes.ToString()) ? bytes : -1;
    }

    /// <summary>How many OOM kills this slot's cgroup has seen (the kernel's counter; compare before and after).</summary>
    public long OomKills()
    {
        if (memory is null)
            return 0;
        try
        {
            foreach (var line in File.ReadLines(Path.Combine(memory, "memory.oom_control")))
                if (line.StartsWith("oom_kill ", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(9));
            return long.Parse(File.ReadAllText(Path.Combine(memory, "memory.failcnt")).Trim());
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>
    /// SIGKILLs every process in the slot's cgroups. Killing bwrap alone can leave its inner half (pid 1
    /// of the sandbox) alive when the kill lands before that half has set its parent-death signal; it
    /// would hold the control pipe open, and a reader waiting for end-of-file would wait for ever.
    /// </summary>
    public void KillAll()
    {
        foreach (var dir in new[] { pids, memory, cpu })
        {
            if (dir is null)
                continue;
            try
            {
                foreach (var line in File.ReadLines(Path.Combine(dir, "cgroup.procs")))
                {
                    try
                    {
                        using var process = System.Diagnostics.Process.GetProcessById(int.Parse(line));
                        process.Kill();
                    }
                    catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
                    {
                        // gone already
                    }
                }
                return; // every process of the slot is in each of its cgroups: one list is all of them
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Removes the directories; the kernel refuses while a process is still inside, which is fine.</summary>
    public void Remove()
    {
        foreach (var dir in new[] { memory, pids, cpu })
        {
            if (dir is null)
                continue;
            try
            {
                Directory.Delete(dir);
                Directory.Delete(Path.GetDirectoryName(dir)!);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private static string? MakeDir(string controller, string poolName, int slot)
    {
        var root = Path.Combine("/sys/fs/cgroup", controller);
        var own = OwnPath(controller);
        if (own is null || !File.Exists(Path.Combine(root, "cgroup.procs")))
            return null;
        var dir = Path.Combine(root + own, poolName, "slot-" + slot);
        try
        {
            Directory.CreateDirectory(dir);
            return File.Exists(Path.Combine(dir, "cgroup.procs")) ? dir : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    /// <summary>This process's cgroup v1 path for a controller, from /proc/self/cgroup ("4:memory:/a/b").</summary>
    private static string? OwnPath(string controller)
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/cgroup"))
            {
                var parts = line.Split(':', 3);
                if (parts.Length == 3 && parts[1].Split(',').Contains(controller))
                    return parts[2].TrimEnd('/');
            }
        }
        catch (IOException) { }
        return null;
    }

    private static bool TryWrite(string path, string value)
    {
        try
        {
            File.WriteAllText(path, value);
            return true;
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }
}
