using System.Text.RegularExpressions;

namespace Viva.Cli.Run;

/// <summary>
/// Names the user's file in a traceback instead of the sandbox's copy of it. The sandbox runs every
/// program as main.py in its own /work (a bare "main.py" before Python 3.9, which did not make the
/// script path absolute); the user knows the file by the path they typed. Only the program's own frames
/// change: a frame in the standard library or in another file keeps its path.
/// </summary>
internal static partial class TracebackPaths
{
    public static string Rewrite(string stderr, string userPath) =>
        ProgramFrame().Replace(stderr, m => m.Groups["indent"].Value + "File \"" + userPath + "\"" + m.Groups["rest"].Value);

    // The line a traceback (and a SyntaxError report) gives for each frame: `  File "<path>", line N...`.
    [GeneratedRegex("""^(?<indent>[ \t]*)File "(?:/work/main\.py|main\.py)"(?<rest>, line \d+)""", RegexOptions.Multiline)]
    private static partial Regex ProgramFrame();
}
