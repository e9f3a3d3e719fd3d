using System.Diagnostics;

namespace Viva.Cli.Tests;

/// <summary>Runs the real viva executable (built beside the tests) as a user would, and collects what it printed.</summary>
internal static class VivaProcess
{
    public sealed record Output(int ExitCode, string Stdout, string Stderr);

    public static async Task<Output> RunAsync(string workingDirectory, params string[] args) =>
        await RunAsync(workingDirectory, null, new Dictionary<string, string>(), args);

    /// <summary>Runs viva with <paramref name="stdin"/> as its whole input and extra environment variables.</summary>
    public static async Task<Output> RunAsync(string workingDirectory, string? stdin, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, environment, args))!;
        if (stdin is not null)
            await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Output(process.ExitCode, await stdout, await stderr);
    }

    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "viva.dll"), .. args])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var (key, value) in environment)
            psi.Environment[key] = value;
        return psi;
    }

    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Viva.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Viva.slnx not found");
    }
}
