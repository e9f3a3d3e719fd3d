using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Viva.Sandbox.Isolation;

/// <summary>
/// The job the host sends to a sandbox's supervisor and how its reply becomes a <see cref="RunResult"/>.
/// The status comes from how the child ended (as seen by the supervisor and the slot's cgroup), never
/// from what the program printed.
/// </summary>
internal static class RunProtocol
{
    private const int ResultCapBytes = 4 << 20;

    /// <summary>Extra memory the cgroup allows beyond the request: the supervisor and the three tmpfs mounts.</summary>
    public static long CgroupBytes(RunRequest request, SandboxOptions options) =>
        (request.MemoryMb + 32L + 3L * options.TmpfsMb) << 20;

    public static int CpuSeconds(RunRequest request) => Math.Max(1, (int)Math.Ceiling(request.Timeout.TotalSeconds));

    /// <summary>
    /// The job as one control frame: 4 bytes left free for the length (WarmSandbox fills them in), then
    /// UTF-8 JSON written directly, with no reflection and one copy.
    /// </summary>
    public static (byte[] Job, string Nonce) Job(RunRequest request, SandboxOptions options)
    {
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var buffer = new ArrayBufferWriter<byte>(request.Code.Length + request.Stdin.Length + 512);
        buffer.Advance(4);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("nonce", nonce);
            json.WriteString("code", request.Code);
            json.WriteString("stdin", request.Stdin);
            if (request.Output is not null)
                json.WriteBoolean("stream", true);
            if (request.Tests is { } tests)
            {
                json.WriteStartArray("tests");
                foreach (var test in tests)
                {
                    json.WriteStartObject();
                    json.WriteString("name", test.Name);
                    json.WriteString("code", test.Code);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteStartObject("limits");
            json.WriteNumber("cpuSeconds", CpuSeconds(request));
            json.WriteNumber("memoryMb", Math.Max(request.MemoryMb, 32));
            json.WriteNumber("processes", options.MaxProcesses);
            json.WriteNumber("fileMb", options.MaxFileMb);
            json.WriteNumber("openFiles", options.MaxOpenFiles);
            json.WriteNumber("wallMs", (int)Math.Ceiling(request.Timeout.TotalMilliseconds));
            json.WriteNumber("outputBytes", options.OutputCapBytes);
            json.WriteNumber("resultBytes", ResultCapBytes);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return (buffer.WrittenSpan.ToArray(), nonce);
    }

    public static RunResult Result(JsonDocument reply, string nonce, bool oomKilled, RunRequest request)
    {
        var r = reply.RootElement;
        if (r.GetProperty("nonce").GetString() != nonce)
            return Failed(RunStatus.Killed, "the sandbox answered for another run", 0);
        var stdout = Convert.FromBase64String(r.GetProperty("stdout").GetString()!);
        var stderr = Convert.FromBase64String(r.GetProperty("stderr").GetString()!);
        int? exit = r.GetProperty("exitCode").ValueKind == JsonValueKind.Number ? r.GetProperty("exitCode").GetInt32() : null;
        int? signal = Signal(reply);
        var cpuMs = r.GetProperty("cpuMs").GetDouble();
        var status = r.GetProperty("status").GetString() switch
        {
            "timeout" => RunStatus.Timeout,
            "output-limit" => RunStatus.OutputLimit,
            _ when oomKilled || r.GetProperty("memoryError").GetBoolean() => RunStatus.Memory,
            _ when signal == SignalText.Xcpu || (signal == SignalText.Kill && cpuMs >= CpuSeconds(request) * 1000 - 50) => RunStatus.Timeout,
            _ when signal == SignalText.Abrt && Encoding.UTF8.GetString(stderr).Contains("MemoryError", StringComparison.Ordinal) => RunStatus.Memory,
            // The sandbox's own doing: seccomp kills the 32-bit syscall ABI, RLIMIT_FSIZE a too large file.
            _ when signal is SignalText.Sys or SignalText.Xfsz => RunStatus.Killed,
            // Any other signal is the program's own failure, as in a shell: a crash, an abort, a kill it sent itself.
            _ when signal is not null || exit != 0 => RunStatus.Error,
            _ => RunStatus.Ok,
        };
        var tests = r.GetProperty("tests").EnumerateArray().Select(t => new TestOutput(
            t.GetProperty("name").GetString()!,
            t.GetProperty("json").GetString(),
            t.GetProperty("error").GetString())).ToList();
        var shownStderr = OutputText.Clean(stderr);
        if (status is RunStatus.Error or RunStatus.Killed && signal is { } s && SignalText.Describe(s) is { } said)
            shownStderr += (shownStderr is "" || shownStderr.EndsWith('\n') ? "" : "\n") + said + "\n";
        return new RunResult(status, status == RunStatus.Timeout ? null : exit ?? 128 + signal,
            OutputText.Clean(stdout), shownStderr,
            r.GetProperty("stdoutBytes").GetInt64(), r.GetProperty("stderrBytes").GetInt64(),
            r.GetProperty("wallMs").GetDouble(), cpuMs, tests);
    }

    /// <summary>The signal the run's process died of, if it did.</summary>
    public static int? Signal(JsonDocument reply) =>
        reply.RootElement.GetProperty("signal") is { ValueKind: JsonValueKind.Number } signal ? signal.GetInt32() : null;

    /// <summary>A run with no reply: the supervisor was killed (by the program) or the host's deadline passed.</summary>
    public static RunResult Failed(RunStatus status, string why, double wallMs) =>
        new(status, null, "", why, 0, 0, wallMs, 0, []);
}
