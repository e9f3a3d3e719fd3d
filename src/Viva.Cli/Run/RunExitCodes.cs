using Viva.Sandbox;

namespace Viva.Cli.Run;

/// <summary>
/// The exit statuses of <c>viva run</c>, chosen so a script can tell the program's own failure from a
/// limit and from a mistake in the command line, with the numbers shells and coreutils already use.
/// </summary>
internal static class RunExitCodes
{
    /// <summary>The command line is wrong: a bad option, a missing file, a Python that is not installed.</summary>
    public const int Usage = 2;

    /// <summary>The program ran past its time limit, as coreutils <c>timeout</c> reports it.</summary>
    public const int Timeout = 124;

    /// <summary>Viva itself could not run the program (no sandbox here, too busy), as <c>timeout</c> reports its own failure.</summary>
    public const int VivaFailed = 125;

    /// <summary>The sandbox stopped the program (memory or output limit, another kill): 128 + SIGKILL, as a shell reports it.</summary>
    public const int Killed = 137;

    /// <summary>What <c>viva run</c> exits with for a run that happened: the program's own status when it ran to its end.</summary>
    public static int For(RunResult result) => result.Status switch
    {
        RunStatus.Ok => 0,
        RunStatus.Error => result.ExitCode ?? 1,
        RunStatus.Timeout => Timeout,
        _ => Killed,
    };

    /// <summary>The table <c>viva run --help</c> shows; the README has the same.</summary>
    public const string Help = """
        Exit status:
          0 or N   the program ran to its end: its own status (128+N when it died of signal N)
          124      it ran past --timeout (as coreutils timeout)
          137      the sandbox stopped it: memory limit (--memory), output limit
          2        usage error: a bad option, a missing file, a Python not installed
          125      viva could not run it at all (no sandbox on this machine, too busy)
        """;
}
