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
        var pyenvRoot = Environment.GetEnvironmentVariable("PYENV_ROOT") ?? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".pyenv");
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

    /// <summary>Asks the interpreter for its real executable and version (resolving pyenv shims).</summary>
    private static PythonInterpreter? Probe(string path)
    {
        try
        {
            // -E -s -S rather than -I, which Python 2 does not know.
            var psi = new ProcessStartInfo(path, ["-E", "-s", "-S", "-c", "import sys; print(sys.executable); print('%d.%d.%d' % sys.version_info[:3])"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
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
