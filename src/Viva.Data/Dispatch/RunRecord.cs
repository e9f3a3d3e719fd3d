namespace Viva.Data.Dispatch;

/// <summary>
/// A run dispatched to the sandbox workers (scale-out mode): created by the web node before it publishes the job,
/// finished once by the first worker to store a result. The database, not the message, is the record: a web node that
/// missed the reply, or took over the request, reads the result here.
/// </summary>
public sealed class RunRecord
{
    /// <summary>A UUIDv7 (time-ordered), also the job's message id, so a second publish of the same run is dropped.</summary>
    public Guid Id { get; set; }
    /// <summary>"program" (a plain run) or "tests" (hidden tests run beside the code).</summary>
    public required string Kind { get; set; }
    /// <summary>The user who asked for it; null for the single-user study room.</summary>
    public string? Owner { get; set; }
    /// <summary>The CPython it runs on ("3.12").</summary>
    public required string Python { get; set; }
    /// <summary>Unix milliseconds after which nobody waits for it any more.</summary>
    public long Deadline { get; set; }
    public long CreatedAt { get; set; }
    /// <summary><see cref="RunStates"/>: queued, done, or failed (infrastructure, after the last delivery).</summary>
    public required string Status { get; set; }
    /// <summary>The sandbox's result as JSON, or the infrastructure failure's reason; null while queued.</summary>
    public string? Result { get; set; }
    public long? FinishedAt { get; set; }
    /// <summary>Which worker stored the result.</summary>
    public string? FinishedBy { get; set; }
}

public static class RunStates
{
    public const string Queued = "queued";
    public const string Done = "done";
    public const string Failed = "failed";
}
