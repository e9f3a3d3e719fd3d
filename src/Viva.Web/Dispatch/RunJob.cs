using System.Text.Json;
using System.Text.Json.Serialization;
using Viva.Sandbox;

namespace Viva.Web.Dispatch;

/// <summary>
/// A run as it travels on the work queue: what to run, on which CPython, by when nobody waits any more, and the rest of
/// its row (whose it is, when it was asked for), which the worker writes whole if the web node's row is not there yet.
/// </summary>
/// <remarks><paramref name="Live"/>: the web node listens for the program's output on <see cref="DispatchWire.OutputSubject"/>.</remarks>
public sealed record RunJob(Guid Id, string Python, string Code, string Stdin, int TimeoutMs, int MemoryMb, IReadOnlyList<TestInput>? Tests, long Deadline,
    bool Live = false, string? Owner = null, long CreatedAt = 0)
{
    /// <summary>The run's row as the web node records it, before any result.</summary>
    public Data.Dispatch.RunRecord Queued() => new()
    {
        Id = Id, Kind = Tests is null ? "program" : "tests", Owner = Owner, Python = Python, Deadline = Deadline, CreatedAt = CreatedAt,
        Status = Data.Dispatch.RunStates.Queued,
    };

    public RunRequest ToRequest() => new()
    {
        Code = Code, Stdin = Stdin, Timeout = TimeSpan.FromMilliseconds(TimeoutMs), MemoryMb = MemoryMb, Tests = Tests,
    };
}

/// <summary>
/// What a worker answers, and the database keeps: the sandbox's result, or why no sandbox could run it; and how long the
/// run took in the worker's pool (lease and sandbox), so that what dispatch adds can be told apart from it.
/// </summary>
public sealed record RunReply(RunResult? Result, string? Failure, double SandboxMs = 0);

/// <summary>Subjects, names and the JSON shape shared by web nodes and workers.</summary>
public static class DispatchWire
{
    public const string Stream = "VIVA_RUNS";
    public const string JobSubject = "viva.runs.jobs";
    public const string Consumer = "workers";

    /// <summary>Where the worker that finished a run says so; the web node waiting for it listens there.</summary>
    public static string DoneSubject(Guid id) => $"viva.runs.done.{id:N}";

    /// <summary>Where a worker sends a live run's output as it is written (best effort: the stored result is the whole).</summary>
    public static string OutputSubject(Guid id) => $"viva.runs.output.{id:N}";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Json);

    public static T Deserialize<T>(ReadOnlySpan<byte> bytes) => JsonSerializer.Deserialize<T>(bytes, Json)!;

    /// <summary>What the database keeps for a finished run, as the reply: the result's JSON, or the failure's reason; null while queued.</summary>
    public static RunReply? StoredReply(Data.Dispatch.RunRecord? run) => run?.Result switch
    {
        null => null,
        var text when run.Status == Data.Dispatch.RunStates.Done => Deserialize<RunReply>(System.Text.Encoding.UTF8.GetBytes(text)),
        var text => new RunReply(null, text),
    };
}
