using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using Viva.Data;
using Viva.Data.Dispatch;
using Viva.Sandbox;

namespace Viva.Web.Dispatch;

/// <summary>
/// Runs on `viva worker` processes: records the run (a row, UUIDv7 id), listens for its answer, publishes the job with
/// the run id as message id (a second publish of the same run is dropped by JetStream), and waits. The answer comes
/// from the worker over NATS; if it was missed (this node reconnected, the reply raced the wait), the database has it.
/// </summary>
public sealed class NatsDispatcher(INatsConnection nats, Func<VivaDb> openDb, TimeProvider clock) : IRunDispatcher
{
    /// <summary>How long past the run's own time limit a caller waits for a worker (queueing, a redelivery after a worker died).</summary>
    public static readonly TimeSpan DispatchWait = DispatchStream.AckWait + TimeSpan.FromSeconds(15);

    private readonly NatsJSContext _js = new(nats);
    private Task? _stream;

    public async Task<RunResult> RunAsync(RunRequest request, PythonInterpreter python, string? owner, CancellationToken cancellationToken, Action<Guid>? queued = null)
    {
        var now = clock.GetUtcNow();
        var deadline = now + request.Timeout + DispatchWait;
        var job = new RunJob(Guid.CreateVersion7(now), $"{python.Version.Major}.{python.Version.Minor}", request.Code, request.Stdin,
            (int)request.Timeout.TotalMilliseconds, request.MemoryMb, request.Tests, deadline.ToUnixTimeMilliseconds(), request.Output is not null,
            owner, now.ToUnixTimeMilliseconds());
        // The row is written while the job goes out rather than before it: its round trip is off the user's path, and a
        // worker that finishes first writes the whole row itself (RunStore.FinishAsync).
        var created = StoreAsync(db => RunStore.CreateAsync(db, job.Queued(), CancellationToken.None));
        await using var answer = await nats.SubscribeCoreAsync<byte[]>(DispatchWire.DoneSubject(job.Id), cancellationToken: cancellationToken);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await using var live = request.Output is not null
            ? await nats.SubscribeCoreAsync<string>(DispatchWire.OutputSubject(job.Id), cancellationToken: cancellationToken)
            : null;
        var relay = live is null ? Task.CompletedTask : RelayAsync(live, request.Output!, wait.Token);
        try
        {
            await PublishWithRetriesAsync(job, cancellationToken);
        }
        catch (Exception e) when (e is SandboxBusyException or SandboxUnavailableException)
        {
            // Not queued, and the caller is told so: the row says the same rather than waiting forever as "queued".
            await created;
            await StoreAsync(db => RunStore.FinishAsync(db, job.Queued(), RunStates.Failed, "failed: not queued: " + e.Message, "web", clock.GetUtcNow(), CancellationToken.None));
            throw;
        }
        // A database that cannot be reached refuses the run (503) though the job is queued: its worker stores the result
        // once the database is back, and the caller, told "unavailable", may look it up or run it again.
        await created;
        queued?.Invoke(job.Id);
        wait.CancelAfter(deadline - now);
        RunReply? reply = null;
        try
        {
            await foreach (var message in answer.Msgs.ReadAllAsync(wait.Token))
            {
                reply = DispatchWire.Deserialize<RunReply>(message.Data);
                break;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // No answer in time: the database is the record.
        }
        await wait.CancelAsync();
        await relay;
        if (reply is not null)
            return Outcome(reply);
        RunRecord? row = null;
        await StoreAsync(async db => row = await RunStore.FindAsync(db, job.Id, cancellationToken));
        if (DispatchWire.StoredReply(row) is { } stored)
            return Outcome(stored);
        throw new SandboxUnavailableException("no sandbox worker finished the run in time");
    }

    /// <summary>The runs table is the record: a database that cannot be reached refuses the run as unavailable (a 503), with the reason.</summary>
    private async Task StoreAsync(Func<VivaDb, Task> work)
    {
        try
        {
            await using var db = openDb();
            await work(db);
        }
        catch (Exception e) when (RunStore.IsUnreachable(e))
        {
            var cause = e;
            while (cause is not System.Data.Common.DbException && cause.InnerException is { } inner)
                cause = inner;
            throw new SandboxUnavailableException("the run store (the database) is not reachable: " + cause.Message, e);
        }
    }

    /// <summary>Hands the worker's live output on as it comes, until the run is answered.</summary>
    private static async Task RelayAsync(INatsSub<string> live, Action<string> output, CancellationToken stop)
    {
        try
        {
            await foreach (var message in live.Msgs.ReadAllAsync(stop))
                output(message.Data ?? "");
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Makes the stream once; a failed attempt (NATS unreachable) is tried again by the next run, and said as "unavailable".</summary>
    private async Task EnsureStreamAsync(CancellationToken cancellationToken)
    {
        var stream = _stream;
        if (stream is null || stream.IsFaulted || stream.IsCanceled)
            _stream = stream = DispatchStream.EnsureStreamAsync(_js, DispatchStream.DefaultQueueLimit, CancellationToken.None);
        try
        {
            await stream.WaitAsync(cancellationToken);
        }
        catch (NatsException e)
        {
            throw new SandboxUnavailableException("the run queue (NATS) is not reachable: " + e.Message, e);
        }
    }

    /// <summary>
    /// Publishes, trying again for a few seconds when NATS does not answer (a server of the cluster died and the stream is
    /// electing a leader, a cluster just started has no JetStream leader yet, or this node is reconnecting): the run id is the message id, so a publish that did land and is
    /// sent again is dropped as a duplicate, never run twice.
    /// </summary>
    private async Task PublishWithRetriesAsync(RunJob job, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow() + PublishPatience;
        while (true)
        {
            try
            {
                await EnsureStreamAsync(cancellationToken);
                await PublishAsync(job, cancellationToken);
                return;
            }
            catch (SandboxUnavailableException) when (clock.GetUtcNow() < until)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
    }

    /// <summary>How long a publish is tried again before the run is refused as unavailable.</summary>
    private static readonly TimeSpan PublishPatience = TimeSpan.FromSeconds(10);

    /// <summary>Publishes the job with its run id as message id; true when JetStream had it already (a retry: dropped, so it runs once).</summary>
    internal async Task<bool> PublishAsync(RunJob job, CancellationToken cancellationToken)
    {
        PubAckResponse ack;
        try
        {
            ack = await _js.PublishAsync(DispatchWire.JobSubject, DispatchWire.Serialize(job), opts: new NatsJSPubOpts { MsgId = job.Id.ToString("N") }, cancellationToken: cancellationToken);
        }
        catch (NatsJSApiException e) when (e.Error.ErrCode == 10077) // maximum messages exceeded: discard-new said no
        {
            throw new SandboxBusyException();
        }
        catch (NatsException e) when (e is not NatsJSApiException)
        {
            throw new SandboxUnavailableException("the run queue (NATS JetStream) is not available: " + e.Message, e);
        }
        if (ack.Error is { ErrCode: 10077 })
            throw new SandboxBusyException();
        if (ack.Duplicate)
            return true;
        ack.EnsureSuccess();
        return false;
    }

    private static RunResult Outcome(RunReply reply) =>
        reply.Result ?? throw new SandboxUnavailableException(reply.Failure ?? "the run failed on the workers");

    public void Warm(PythonInterpreter python)
    {
        // The sandboxes are the workers'.
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
