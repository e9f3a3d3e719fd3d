namespace Viva.Cli.Shared;

/// <summary>The one readable line a failing command prints before it exits non-zero.</summary>
internal static class CliError
{
    public static int Fail(string message, int exitCode = 1)
    {
        Console.Error.WriteLine($"viva: {message}");
        return exitCode;
    }
}
