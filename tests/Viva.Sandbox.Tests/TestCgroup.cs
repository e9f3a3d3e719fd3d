namespace Viva.Sandbox.Tests;

/// <summary>
/// Moves the test process into its own cgroup v1 memory and pids groups with hard caps; the sandbox
/// pool creates its slots under the process's cgroup, so these caps bound every sandbox together.
/// </summary>
internal static class TestCgroup
{
    private static bool entered;

    public static void Enter()
    {
        if (entered)
            return;
        entered = true;
        Cap("memory", "memory.limit_in_bytes", (3L << 30).ToString());
        Cap("pids", "pids.max", "4096");
    }

    private static void Cap(string controller, string file, string value)
    {
        var own = File.ReadLines("/proc/self/cgroup").Select(l => l.Split(':', 3))
            .FirstOrDefault(p => p.Length == 3 && p[1].Split(',').Contains(controller))?[2].TrimEnd('/');
        var root = Path.Combine("/sys/fs/cgroup", controller);
        if (own is null || !Directory.Exists(root))
            return;
        var dir = root + own + "/viva-tests-" + Environment.ProcessId;
        try
        {
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, file), value);
            File.WriteAllText(Path.Combine(dir, "cgroup.procs"), Environment.ProcessId.ToString());
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
