using System.Collections.Concurrent;

namespace Viva.Bench;

/// <summary>What the simulated candidates measured together: latencies as the client saw them, and every answer that was not a success.</summary>
internal sealed class LoadTally
{
    private int _runsWaited;
    private int _busyAnswers;

    public ConcurrentQueue<double> SaveMs { get; } = new();

    /// <summary>The autosaves sent after a candidate's first minute: without the server's warm-up (JIT, connection pool) as 200 candidates arrive.</summary>
    public ConcurrentQueue<double> WarmSaveMs { get; } = new();

    /// <summary>From the first request of a run to its result, waits for a busy sandbox included.</summary>
    public ConcurrentQueue<double> RunMs { get; } = new();

    public ConcurrentQueue<double> SubmitMs { get; } = new();

    /// <summary>Unexpected answers by request and status ("save 500", "run timeout").</summary>
    public ConcurrentDictionary<string, int> Errors { get; } = new();

    /// <summary>Runs that got at least one 503/429 before their result.</summary>
    public int RunsWaited => _runsWaited;

    /// <summary>All 503/429 answers to runs (each is retried after its Retry-After).</summary>
    public int BusyAnswers => _busyAnswers;

    public void Error(string what) => Errors.AddOrUpdate(what, 1, (_, n) => n + 1);

    public void Busy() => Interlocked.Increment(ref _busyAnswers);

    public void Waited() => Interlocked.Increment(ref _runsWaited);
}
