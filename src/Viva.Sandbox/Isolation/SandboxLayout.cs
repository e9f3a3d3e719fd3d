using System.Diagnostics;
using System.Text.Json;

namespace Viva.Sandbox.Isolation;

/// <summary>
/// What the sandbox sees and how it starts: the bwrap arguments for one interpreter. Only the Python
/// installation, the shared libraries and locale it loads, a few command-line tools and setpriv are bound
/// (read-only); everything writable is a size-capped tmpfs.
/// </summary>
internal sealed class SandboxLayout
{
    public const string WorkDir = "/work";
    private const string LibDir = "/usr/lib/x86_64-linux-gnu";
    private const string BinDir = "/usr/bin";

    /// <summary>
    /// What ordinary programs call through subprocess (a shell pipeline, ls, sleep), as found in
    /// /usr/bin on a merged-/usr Debian or Ubuntu; dash is also /usr/bin/sh inside.
    /// </summary>
    private static readonly string[] Tools = ["true", "false", "echo", "cat", "ls", "sleep", "dash", "env", "printf", "wc", "sort", "head"];

    private SandboxLayout(string executable, string? program, IReadOnlyList<string> binds)
    {
        Executable = executable;
        Program = program;
        Binds = binds;
    }

    /// <summary>The real interpreter that runs the supervisor (symlinks and pyenv shims resolved).</summary>
    public string Executable { get; }

    /// <summary>The interpreter each run execs, when it cannot host the supervisor itself (Python 2); else null.</summary>
    public string? Program { get; }

    /// <summary>Host paths bound read-only at the same place inside.</summary>
    public IReadOnlyList<string> Binds { get; }

    public static string Bwrap => "/usr/bin/bwrap";
    public static string Setpriv => "/usr/bin/setpriv";

    /// <summary>Asks the (trusted, installed) interpreters where they live, and decides what to bind.</summary>
    public static SandboxLayout For(PythonInterpreter interpreter)
    {
        var (program, binds) = Installation(interpreter.Path);
        var executable = program;
        if (interpreter.Version.Major < 3)
        {
            // The supervisor is Python 3 code: a Python 3 runs it and each run execs the Python 2.
            var python3 = PythonInterpreter.Find() ?? throw new SandboxUnavailableException("Python 2 runs need python3 on this machine for the sandbox's supervisor");
            (executable, var more) = Installation(python3.Path);
            binds.AddRange(more);
        }
        var tools = Tools.Select(t => Path.Combine(BinDir, t)).Where(File.Exists).ToList();
        // Besides the interpreter: the shared libraries and locale it loads, the time zone database
        // (zoneinfo) and the tools; all read-only, none secret.
        binds.AddRange(new[] { LibDir, "/usr/lib64", "/usr/lib/locale", "/usr/share/zoneinfo", "/etc/ld.so.cache", Setpriv }.Where(Path.Exists));
        binds.AddRange(tools);
        binds.AddRange(MissingLibraries(tools, binds));
        var distinct = binds.Distinct().ToList();
        return new SandboxLayout(executable, executable == program ? null : program,
            distinct.Where(b => !distinct.Any(o => o != b && b.StartsWith(o + "/", StringComparison.Ordinal))).ToList());
    }

    /// <summary>The interpreter's real executable and what to bind for it.</summary>
    private static (string Executable, List<string> Binds) Installation(string python)
    {
        // -E -s -S rather than -I: Python 2 has no -I. Empty sys.path entries (the current directory) are not bound.
        var psi = new ProcessStartInfo(python, ["-E", "-s", "-S", "-c",
            "import json, os, sys; print(json.dumps([os.path.realpath(sys.executable), os.path.realpath(getattr(sys, 'base_prefix', sys.prefix)), [os.path.realpath(p) for p in sys.path if p]]))"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Not the caller's directory: -c puts it first on sys.path, and a json.py there broke the probe.
            WorkingDirectory = "/",
        };
        using var probe = Process.Start(psi) ?? throw new SandboxUnavailableException($"cannot start {python}");
        var text = probe.StandardOutput.ReadToEnd();
        probe.WaitForExit();
        using var doc = JsonDocument.Parse(text);
        var executable = doc.RootElement[0].GetString()!;
        var prefix = doc.RootElement[1].GetString()!;
        if (prefix is not ("/usr" or "/"))
            return (executable, [prefix]); // pyenv and friends: a self-contained installation (bin, lib, libpython)
        // Debian's python3: the binary and its stdlib directories, not the rest of /usr.
        return (executable, [executable, .. doc.RootElement[2].EnumerateArray().Select(p => p.GetString()!).Where(Directory.Exists)]);
    }

    /// <summary>
    /// Shared libraries the tools load (as ldd finds them) that no bind covers yet: none on Debian, where
    /// they all live in the library directory Python needs too.
    /// </summary>
    private static List<string> MissingLibraries(List<string> tools, List<string> binds)
    {
        var psi = new ProcessStartInfo("ldd", tools) { RedirectStandardOutput = true, RedirectStandardError = true };
        string text;
        try
        {
            using var ldd = Process.Start(psi)!;
            text = ldd.StandardOutput.ReadToEnd();
            ldd.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return []; // no ldd: the library directory has to do
        }
        var covered = binds.Select(Resolve).ToList();
        return text.Split('\n')
            .Select(line => line.Split("=>").Last().Trim().Split(' ')[0])
            .Where(path => path.StartsWith('/') && File.Exists(path))
            .Select(Resolve)
            .Where(path => !covered.Any(c => path == c || path.StartsWith(c + "/", StringComparison.Ordinal)))
            .Distinct().ToList();
    }

    /// <summary>The path with every symlink resolved (/lib/x.so is /usr/lib/x.so here, and inside too).</summary>
    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        var resolved = parent is null ? full : Path.Combine(Resolve(parent), Path.GetFileName(full));
        return File.ResolveLinkTarget(resolved, returnFinalTarget: true)?.FullName is { } target ? Resolve(target) : resolved;
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
        if (Program is not null)
            args.Add(Program);
        return args;
    }
}
