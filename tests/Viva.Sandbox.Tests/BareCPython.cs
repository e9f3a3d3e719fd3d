using System.Diagnostics;

namespace Viva.Sandbox.Tests;

/// <summary>
/// Runs a program as a developer would, `python3 main.py` in a fresh directory with stdin from
/// /dev/null, to compare with the sandbox. It gets the environment the sandbox gives a program (PATH,
/// LANG=C.UTF-8, HOME at its directory), not the test run's, plus TZ=UTC: the sandbox has no
/// /etc/localtime, so local time there is UTC on every machine.
/// </summary>
internal static class BareCPython
{
    private const string SandboxWorkDir = "/work";

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static async Task<Result> RunAsync(string python, string code)
    {
        var dir = Directory.CreateTempSubdirectory("viva-bare-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "main.py"), code);
            var psi = new ProcessStartInfo("/bin/sh", ["-c", "exec \"$0\" main.py </dev/null", python])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = dir.FullName,
            };
            psi.Environment.Clear();
            psi.Environment["PATH"] = "/usr/bin:/bin";
            psi.Environment["LANG"] = "C.UTF-8";
            psi.Environment["HOME"] = dir.FullName;
            psi.Environment["TZ"] = "UTC";
            using var process = Process.Start(psi)!;
            var stdout = ReadAllAsync(process.StandardOutput.BaseStream);
            var stderr = ReadAllAsync(process.StandardError.BaseStream);
            await process.WaitForExitAsync();
            // Where the program lives is the one difference allowed: it is /work in the sandbox. Output
            // is cleaned as the sandbox cleans it for display.
            string Shown(byte[] raw) => OutputText.Clean(raw).Replace(dir.FullName, SandboxWorkDir, StringComparison.Ordinal);
            return new Result(process.ExitCode, Shown(await stdout), Shown(await stderr));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
