using System.Diagnostics;
using System.Text.Json;

namespace Viva.Sandbox.Isolation;

/// <summary>
/// What the sandbox sees and how it starts: the bwrap arguments for one interpreter. Only the Python
/// installation, the shared libraries and locale it loads, and setpriv are bound (read-only); everything
/// writable is a size-capped tmpfs.
/// </summary>
internal sealed class SandboxLayout
{
    public const string WorkDir = "/work";
    private const string LibDir = "/usr/lib/x86_64-linux-gnu";

    private SandboxLayout(string executable, IReadOnlyList<string> binds)
    {
        Executable = executable;
        Binds = binds;
    }

    /// <summary>The real interpreter (symlinks and pyenv shims resolved).</summary>
    public string Executable { get; }

    /// <summary>Host paths bound read-only at the same place inside.</summary>
    public IReadOnlyList<string> Binds { get; }

    public static string Bwrap => "/usr/bin/bwrap";
    public static string Setpriv => "/usr/bin/setpriv";
    private const string Shell = "/usr/bin/dash";

    /// <summary>Asks the (trusted, installed) interpreter where it lives, and decides what to bind.</summary>
    public static SandboxLayout For(PythonInterpreter interpreter)
    {
        var psi = new ProcessStartInfo(interpreter.Path, ["-I", "-S", "-c",
            "import json, os, sys; print(json.dumps([os.path.realpath(sys.executable), os.path.realpath(sys.base_prefix), [os.path.realpath(p) for p in sys.path]]))"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var probe = Process.Start(psi) ?? throw new SandboxUnavailableException($"cannot start {interpreter.Path}");
        var text = probe.StandardOutput.ReadToEnd();
        probe.WaitForExit();
        using var doc = JsonDocument.Parse(text);
        var executable = doc.RootElement[0].GetString()!;
        var prefix = doc.RootElement[1].GetString()!;
        var binds = new List<string>();
        if (prefix is "/usr" or "/")
        {
            // Debian's python3: the binary and its stdlib directories, not the rest of /usr.
            binds.Add(executable);
            binds.AddRange(doc.RootElement[2].EnumerateArray().Select(p => p.GetString()!).Where(Directory.Exists));
        }
        else
        {
            binds.Add(prefix); // pyenv and friends: a self-contained installation (bin, lib, libpython)
        }
        // Besides the interpreter: the shared libraries and locale it loads, the time zone database
        // (zoneinfo) and a POSIX shell (subprocess with shell=True); all read-only, none secret.
        foreach (var path in new[] { LibDir, "/usr/lib64", "/usr/lib/locale", "/usr/share/zoneinfo", "/etc/ld.so.cache", Shell, Setpriv })
            if (Path.Exists(path))
                binds.Add(path);
        return new SandboxLayout(executable, binds.Distinct().Where(b => !binds.Any(o => o != b && b.StartsWith(o + "/", StringComparison.Ordinal))).ToList());
    }

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var dir = Path.GetDirectoryName(path); dir is not null && dir != "/"; dir = Path.GetDirectoryName(dir))
            yield return dir;
    }

    /// <summary>bwrap's arguments, up to and including the command run inside.</summary>
    public List<string> BwrapArguments(SandboxOptions options, int uid, int seccompFd, string harness)
    {
        var tmpfsBytes = (options.TmpfsMb * 1024L * 1024L).ToString();
        var args = new List<string>
        {
            "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
            "--new-session", "--die-with-parent", "--clearenv",
            "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "LANG", "C.UTF-8", "--setenv", "HOME", WorkDir,
            "--setenv", "PYTHONHASHSEED", "0",
            // Without this glibc reserves 64 MB of address space per thread arena, so RLIMIT_AS would
            // stop a program at a handful of threads long before it used real memory.
            "--setenv", "MALLOC_ARENA_MAX", "2",
            "--hostname", "sandbox",
        };
        // bwrap would create missing parents (/root, /root/.pyenv) with mode 0700, unreachable for the uid.
        var parents = Binds.SelectMany(Ancestors).Distinct().Order(StringComparer.Ordinal);
        foreach (var dir in parents)
            args.AddRange(["--perms", "0755", "--dir", dir]);
        foreach (var bind in Binds)
            args.AddRange(["--ro-bind", bind, bind]);
        args.AddRange([
            "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/bin", "/bin", "--symlink", "dash", "/usr/bin/sh",
            "--proc", "/proc", "--dev", "/dev",
            "--perms", "1777", "--size", tmpfsBytes, "--tmpfs", "/dev/shm",
            "--perms", "1777", "--size", tmpfsBytes, "--tmpfs", "/tmp",
            "--perms", "1777", "--size", tmpfsBytes, "--tmpfs", WorkDir,
            "--remount-ro", "/dev", "--remount-ro", "/",
            "--chdir", WorkDir,
            "--seccomp", seccompFd.ToString(),
            // bwrap runs as root (a user namespace would map the sandbox to host root, and /root/.pyenv
            // is unreadable to other uids); setpriv leaves root for the slot's uid before Python starts.
            Setpriv, $"--reuid={uid}", $"--regid={uid}", "--clear-groups", "--inh-caps=-all", "--bounding-set=-all", "--",
            Executable, "-I", "-S", "-c", harness,
        ]);
        return args;
    }
}
