using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Viva.Cli.Shared;
using Viva.Sandbox;

namespace Viva.Cli.Run;

/// <summary><c>viva run FILE.py [--stdin FILE] [--timeout S] [--memory MB] [--json]</c>: runs a file in the sandbox.</summary>
internal static class RunCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The Python file to run." };
        var stdin = new Option<FileInfo?>("--stdin") { Description = "A file whose content is the program's standard input." };
        var timeout = new Option<double>("--timeout") { Description = "Wall-clock and CPU limit in seconds.", DefaultValueFactory = _ => 5 };
        var memory = new Option<int>("--memory") { Description = "Memory limit in MB.", DefaultValueFactory = _ => 256 };
        var json = new Option<bool>("--json") { Description = "Print the result as a JSON object." };
        var python = new Option<string?>("--python") { Description = "Python version to use, e.g. 3.12 (default: python3)." };
        var command = new Command("run", "Run a Python file in the sandbox and print its output.\n\n" + RunExitCodes.Help) { file, stdin, timeout, memory, json, python };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                var path = parse.GetValue(file)!;
                // Tracebacks name the file as the user typed it, relative or not.
                var shownPath = parse.GetResult(file) is { Tokens: [var typed, ..] } ? typed.Value : path.ToString();
                var input = parse.GetValue(stdin);
                var seconds = parse.GetValue(timeout);
                if (seconds is <= 0 or > 600)
                    return Fail("--timeout must be between 0 and 600 seconds", RunExitCodes.Usage);
                var version = parse.GetValue(python);
                var interpreter = PythonInterpreter.Find(version);
                if (interpreter is null)
                    return Fail($"python{version ?? "3"} is not installed", RunExitCodes.Usage);
                var request = new RunRequest
                {
                    Code = await File.ReadAllTextAsync(path.FullName, ct),
                    Stdin = input is null ? "" : await File.ReadAllTextAsync(input.FullName, ct),
                    Timeout = TimeSpan.FromSeconds(seconds),
                    MemoryMb = parse.GetValue(memory),
                };
                await using var runner = new PythonRunner(interpreter, new SandboxOptions { Slots = 1 });
                var ran = await runner.RunAsync(request, ct);
                var result = ran with { Stderr = TracebackPaths.Rewrite(ran.Stderr, shownPath) };
                if (parse.GetValue(json))
                {
                    RawStdout.WriteLine(JsonSerializer.Serialize(new
                    {
                        status = StatusName(result.Status),
                        exitCode = result.ExitCode,
                        stdout = result.Stdout,
                        stderr = result.Stderr,
                        stdoutBytes = result.StdoutBytes,
                        stderrBytes = result.StderrBytes,
                        wallMs = Math.Round(result.WallMs, 1),
                        cpuMs = Math.Round(result.CpuMs, 1),
                    }, Json));
                    return RunExitCodes.For(result);
                }
                Console.Out.Write(result.Stdout);
                Console.Error.Write(result.Stderr);
                // A program's own error speaks for itself on stderr, as under python3; a limit the sandbox
                // enforced would otherwise end the output without a word.
                if (result.Status is not (RunStatus.Ok or RunStatus.Error))
                    Console.Error.WriteLine($"viva run: {Stopped(result)}");
                return RunExitCodes.For(result);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                return Fail(error.Message, RunExitCodes.Usage);
            }
            catch (Exception error) when (error is SandboxBusyException or SandboxUnavailableException)
            {
                return Fail(error.Message, RunExitCodes.VivaFailed);
            }
        });
        return command;
    }

    /// <summary>The lowercase status names the JSON output promises.</summary>
    public static string StatusName(RunStatus status) => status switch
    {
        RunStatus.Ok => "ok",
        RunStatus.Error => "error",
        RunStatus.Timeout => "timeout",
        RunStatus.Memory => "memory",
        RunStatus.OutputLimit => "output-limit",
        _ => "killed",
    };

    private static string Stopped(RunResult result) => result.Status switch
    {
        RunStatus.Timeout => $"timed out: stopped after {result.WallMs / 1000:0.0} s (--timeout)",
        RunStatus.Memory => "stopped: it ran out of memory (--memory)",
        RunStatus.OutputLimit => "stopped: it wrote more output than the sandbox allows",
        _ => "stopped by the sandbox",
    };

    private static int Fail(string message, int exitCode)
    {
        Console.Error.WriteLine("viva run: " + message);
        return exitCode;
    }
}
