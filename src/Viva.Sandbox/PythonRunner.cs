using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Viva.Sandbox;

/// <summary>
/// Runs Python code with a time limit and capped output. This first version runs trusted content
/// (the bundled bank) in a plain child process; the bubblewrap sandbox replaces it.
/// </summary>
public sealed class PythonRunner(PythonInterpreter interpreter)
{
    public const int OutputCapBytes = 1 << 20;

    private static readonly string HarnessSource = ReadHarness();

    public PythonInterpreter Interpreter { get; } = interpreter;

    public async Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        var dir = Directory.CreateTempSubdirectory("viva-run-");
        try
        {
            var harness = Path.Combine(dir.FullName, "harness.py");
            var job = Path.Combine(dir.FullName, "job.json");
            var results = Path.Combine(dir.FullName, "results.jsonl");
            await File.WriteAllTextAsync(harness, HarnessSource, cancellationToken);
            await File.WriteAllTextAsync(job, JsonSerializer.Serialize(new { code = request.Code, tests = request.Tests?.Select(t => new { name = t.Name, code = t.Code }) }), cancellationToken);

            var psi = new ProcessStartInfo(Interpreter.Path, ["-I", "-S", harness, job, results])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = dir.FullName,
            };
            psi.Environment.Clear();
            psi.Environment["PATH"] = "/usr/bin:/bin";
            psi.Environment["LANG"] = "C.UTF-8";
            psi.Environment["PYTHONHASHSEED"] = "0";
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(psi)!;
            var stdout = ReadCappedAsync(process.StandardOutput.BaseStream, process);
            var stderr = ReadCappedAsync(process.StandardError.BaseStream, process);
            await process.StandardInput.WriteAsync(request.Stdin.AsMemory(), cancellationToken);
            process.StandardInput.Close();

            var timedOut = false;
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(request.Timeout);
                try
                {
                    await process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    timedOut = !cancellationToken.IsCancellationRequested;
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(CancellationToken.None);
                }
            }
            var (outBytes, outTotal) = await stdout;
            var (errBytes, errTotal) = await stderr;
            cancellationToken.ThrowIfCancellationRequested();
            var wall = clock.Elapsed.TotalMilliseconds;
            var cpu = 0.0; // not measurable after exit with Process; the sandbox reports it from rusage
            var status = timedOut ? RunStatus.Timeout
                : outTotal > OutputCapBytes || errTotal > OutputCapBytes ? RunStatus.OutputLimit
                : process.ExitCode == 0 ? RunStatus.Ok
                : process.ExitCode > 128 ? RunStatus.Killed
                : RunStatus.Error;
            var tests = File.Exists(results) ? ReadTests(await File.ReadAllLinesAsync(results, cancellationToken)) : [];
            return new RunResult(status, timedOut ? null : process.ExitCode, OutputText.Clean(outBytes), OutputText.Clean(errBytes),
                outTotal, errTotal, wall, cpu, tests);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static List<TestOutput> ReadTests(string[] lines) =>
        lines.Where(l => l.Length > 0).Select(l =>
        {
            using var doc = JsonDocument.Parse(l);
            var root = doc.RootElement;
            return new TestOutput(
                root.GetProperty("name").GetString()!,
                root.TryGetProperty("json", out var j) ? j.GetString() : null,
                root.TryGetProperty("error", out var e) ? e.GetString() : null);
        }).ToList();

    /// <summary>Reads a stream keeping at most <see cref="OutputCapBytes"/>; past the cap the process is killed.</summary>
    private static async Task<(byte[] Kept, long Total)> ReadCappedAsync(Stream stream, Process process)
    {
        var kept = new MemoryStream();
        var buffer = new byte[16384];
        long total = 0;
        int n;
        while ((n = await stream.ReadAsync(buffer)) > 0)
        {
            total += n;
            var room = (int)Math.Max(0, Math.Min(n, OutputCapBytes - kept.Length));
            kept.Write(buffer, 0, room);
            if (total > OutputCapBytes)
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                break;
            }
        }
        return (kept.ToArray(), total);
    }

    private static string ReadHarness()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Viva.Sandbox.harness.py")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
