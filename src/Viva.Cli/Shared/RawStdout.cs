using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Viva.Cli.Shared;

/// <summary>
/// Standard output written past System.Console. On Unix the first write through Console to a terminal
/// initialises .NET's terminal handling, which first sends the terminal's keypad-transmit sequence
/// (ESC[?1h ESC= for xterm); machine-readable output (<c>--json</c>) must be exactly what it says, on a
/// terminal too.
/// </summary>
internal static class RawStdout
{
    public static void WriteLine(string text)
    {
        using var stdout = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        stdout.Write(Encoding.UTF8.GetBytes(text + "\n"));
    }
}
