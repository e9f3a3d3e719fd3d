namespace Viva.Sandbox.Tests;

/// <summary>A benign run that proves the sandbox is really there before any hostile payload is sent to it.</summary>
internal static class SandboxCanary
{
    /// <summary>Null when the run is unprivileged, in its own PID namespace and without network; otherwise why not.</summary>
    public static async Task<string?> CheckAsync(PythonRunner runner)
    {
        var canary = await runner.RunAsync(new RunRequest
        {
            Code = "import os\nprint(os.getuid(), os.getpid(), sorted(l.split(':')[0].strip() for l in open('/proc/net/dev').readlines()[2:]))",
        });
        var parts = canary.Stdout.Trim().Split(' ', 3);
        // The canary is a fresh pool's first run, so its own PID namespace shows as a small pid.
        return canary.Status != RunStatus.Ok || parts.Length != 3 || parts[0] == "0" || int.Parse(parts[1]) > 10 || parts[2] != "['lo']"
            ? $"the sandbox canary failed ({canary.Status}): {canary.Stdout} {canary.Stderr}"
            : null;
    }
}
