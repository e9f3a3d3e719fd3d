using System.Diagnostics;

namespace Viva.Sandbox;

/// <summary>A CPython interpreter on this machine, found by version ("3.12") or as the default python3.</summary>
public sealed record PythonInterpreter(string Path, Version Version)
{
    /// <summary>Finds python3 (version null) or pythonX.Y on PATH and under pyenv; null when it is not installed.</summary>
    public static PythonInterpreter? Find(string? version = null)
    {
        var names = version is null ? new[] { "python3" } : [$"python{version}"];
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).ToList();
        var pyenvRoot = PyenvRoot;
        if (version is not null && Directory.Exists(System.IO.Path.Combine(pyenvRoot, "versions")))
            dirs.AddRange(Directory.GetDirectories(System.IO.Path.Combine(pyenvRoot, "versions"), version + ".*").Order().Select(d => System.IO.Path.Combine(d, "bin")));
        foreach (var dir in dirs)
        {
            foreach (var name in names)
            {
                var candidate = System.IO.Path.Combine(dir, name);
                if (File.Exists(candidate) && Probe(candidate) is { } found)
                    return found;
            }
        }
        return null;
    }

    /// <summary>
    /// Every CPython installed here (the default python3, pythonX.Y on PATH and under pyenv), one per
    /// major.minor (the newest patch release), oldest first.
    /// </summary>
    public static IReadOnlyList<PythonInterpreter> Installed()
    {
        var versions = new SortedSet<string>(StringComparer.Ordinal);
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
        foreach (var dir in dirs.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(dir, "python*"))
            {
                if (MinorVersionName(System.IO.Path.GetFileName(file)["python".Length..]) is { } v)
                    versions.Add(v);
            }
        }
        var pyenv = System.IO.Path.Combine(PyenvRoot, "versions");
        if (Directory.Exists(pyenv))
        {
            foreach (var dir in Directory.GetDirectories(pyenv))
            {
                var parts = System.IO.Path.GetFileName(dir).Split('.');
                if (parts.Length == 3 && MinorVersionName($"{parts[0]}.{parts[1]}") is { } v)
                    versions.Add(v);
            }
        }
        // Each probe starts an interpreter (~20-40 ms); in parallel they cost about one.
        var found = versions.Cast<string?>().Append(null).AsParallel().Select(v => Find(v)).OfType<PythonInterpreter>().ToList();
        return found.GroupBy(p => (p.Version.Major, p.Version.Minor)).Select(g => g.MaxBy(p => p.Version)!).OrderBy(p => p.Version).ToList();
    }

    /// <summary>"3.12" for a name such as "3.12"; null for "3", "3.12-config" or anything else.</summary>
    private static string? MinorVersionName(string text) =>
        text.Split('.') is [var major, var minor] && major.Length > 0 && minor.Length > 0 && major.All(char.IsAsciiDigit) && minor.All(char.IsAsciiDigit) ? text : null;

    private static string PyenvRoot => Environment.GetEnvironmentVariable("PYENV_ROOT") ?? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".pyenv");

    /// <summary>Asks the interpreter for its real executable and version (resolving pyenv shims).</summary>
    private static PythonInterpreter? Probe(string path)
    {
        try
        {
            // -E -s -S rather than -I: Python 2.7 has no -I.
            var psi = new ProcessStartInfo(path, ["-E", "-s", "-S", "-c", "import sys; print(sys.executable); print('%d.%d.%d' % sys.version_info[:3])"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                // Not the caller's directory: -c puts it first on sys.path, and a json.py there broke the probe.
                WorkingDirectory = "/",
            };
            using var p = Process.Start(psi)!;
            var lines = p.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            p.WaitForExit();
            return p.ExitCode == 0 && lines.Length == 2 ? new PythonInterpreter(lines[0], Version.Parse(lines[1])) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
