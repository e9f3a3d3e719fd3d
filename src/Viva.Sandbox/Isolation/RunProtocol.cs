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
    private const int SigKill = 9, SigAbrt = 6, SigXcpu = 24;
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
        int? signal = r.GetProperty("signal").ValueKind == JsonValueKind.Number ? r.GetProperty("signal").GetInt32() : null;
        var cpuMs = r.GetProperty("cpuMs").GetDouble();
        var status = r.GetProperty("status").GetString() switch
        {
            "timeout" => RunStatus.Timeout,
            "output-limit" => RunStatus.OutputLimit,
            _ when oomKilled || r.GetProperty("memoryError").GetBoolean() => RunStatus.Memory,
            _ when signal == SigXcpu || (signal == SigKill && cpuMs >= CpuSeconds(request) * 1000 - 50) => RunStatus.Timeout,
            _ when signal == SigAbrt && Encoding.UTF8.GetString(stderr).Contains("MemoryError", StringComparison.Ordinal) => RunStatus.Memory,
            _ when signal is not null => RunStatus.Killed,
            _ when exit != 0 => RunStatus.Error,
            _ => RunStatus.Ok,
        };
        var tests = r.GetProperty("tests").EnumerateArray().Select(t => new TestOutput(
            t.GetProperty("name").GetString()!,
            t.GetProperty("json").GetString(),
            t.GetProperty("error").GetString())).ToList();
        return new RunResult(status, status == RunStatus.Timeout ? null : exit ?? 128 + signal,
            OutputText.Clean(stdout), OutputText.Clean(stderr),
            r.GetProperty("stdoutBytes").GetInt64(), r.GetProperty("stderrBytes").GetInt64(),
            r.GetProperty("wallMs").GetDouble(), cpuMs, tests);
    }

    /// <summary>A run with no reply: the supervisor was killed (by the program) or the host's deadline passed.</summary>
    public static RunResult Failed(RunStatus status, string why, double wallMs) =>
        new(status, null, "", why, 0, 0, wallMs, 0, []);
}
