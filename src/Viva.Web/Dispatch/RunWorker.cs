using System.Threading.Channels;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Viva.Data;
using Viva.Data.Dispatch;
using Viva.Sandbox;

namespace Viva.Web.Dispatch;

/// <summary>
/// `viva worker`: pulls jobs from the JetStream work queue only for free slots of its own warm pool, keeps each job
/// alive with ack-progress while it runs, stores the result once (the first stored result wins), answers the waiting web
/// node, then acknowledges. A program's own failure is a result; an infrastructure failure (no sandbox, no such Python
/// here) is handed back for another delivery, and after the last one recorded as "failed: infrastructure".
/// </summary>
public sealed class RunWorker(INatsConnection nats, Func<VivaDb> openDb, IReadOnlyList<PythonInterpreter> installed, int slots,
    string name, TimeProvider clock, ILogger logger) : IAsyncDisposable
{
    private readonly LocalDispatcher _local = new(new SandboxOptions { Slots = slots, QueueLimit = slots });
    private readonly SemaphoreSlim _free = new(slots);
    private readonly List<Task> _running = [];

    private TimeSpan _ackWait = DispatchStream.AckWait;

    /// <summary>
    /// Runs until <paramref name="stopping"/>; the jobs in hand finish first. <paramref name="ackWait"/> (default
    /// <see cref="DispatchStream.AckWait"/>) is how soon a job whose worker went silent is delivered again.
    /// </summary>
    public async Task RunAsync(int queueLimit, CancellationToken stopping, TimeSpan? ackWait = null)
    {
        _ackWait = ackWait ?? DispatchStream.AckWait;
        var consumer = await ConsumerAsync(new NatsJSContext(nats), queueLimit, stopping);
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                await _free.WaitAsync(stopping);
                var taken = 1;
                while (_free.Wait(0, CancellationToken.None))
                    taken++;
                var received = 0;
                await foreach (var message in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = taken, Expires = TimeSpan.FromSeconds(5) }, cancellationToken: stopping))
                {
                    received++;
                    lock (_running)
                    {
                        _running.RemoveAll(t => t.IsCompleted);
                        _running.Add(Task.Run(() => HandleAsync(message), CancellationToken.None));
                    }
                }
                if (taken > received)
                    _free.Release(taken - received);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        Task[] inHand;
        lock (_running)
            inHand = [.. _running];
        await Task.WhenAll(inHand);
    }

    /// <summary>
    /// The stream and the shared consumer, made unless they exist. A cluster that has just started may have no JetStream
    /// leader yet (its API does not answer): the worker tries again each second for a minute rather than exiting.
    /// </summary>
    private async Task<INatsJSConsumer> ConsumerAsync(NatsJSContext js, int queueLimit, CancellationToken stopping)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await DispatchStream.EnsureStreamAsync(js, queueLimit, stopping);
                await DispatchStream.EnsureConsumerAsync(js, _ackWait, stopping);
                return await js.GetConsumerAsync(DispatchWire.Stream, DispatchWire.Consumer, stopping);
            }
            catch (NatsException e) when (attempt < 60)
            {
                if (attempt == 1)
                    logger.LogWarning("the run queue is not ready ({Reason}); trying again each second", e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), stopping);
            }
        }
    }

    private async Task HandleAsync(INatsJSMsg<byte[]> message)
    {
        try
        {
            var job = DispatchWire.Deserialize<RunJob>(message.Data);
            var reply = await ExecuteAsync(job, message);
            if (reply is null)
            {
                await message.NakAsync();
                return;
            }
            await nats.PublishAsync(DispatchWire.DoneSubject(job.Id), DispatchWire.Serialize(reply));
            await message.AckAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Not acknowledged: JetStream delivers it again after the ack wait, to this worker or another.
            logger.LogError(e, "run handling failed");
        }
        finally
        {
            _free.Release();
        }
    }

    /// <summary>The reply to send, or null to hand the job back for another delivery.</summary>
    private async Task<RunReply?> ExecuteAsync(RunJob job, INatsJSMsg<byte[]> message)
    {
        try
        {
            // A redelivery of a run whose result is stored (its worker died before acknowledging): answer with that.
            // A first delivery cannot have one, so the common path skips the read.
            if (message.Metadata is { NumDelivered: > 1 })
            {
                await using var db = openDb();
                if (DispatchWire.StoredReply(await RunStore.FindAsync(db, job.Id, CancellationToken.None)) is { } stored)
                    return stored;
            }
        }
        catch (Exception e) when (RunStore.IsUnreachable(e))
        {
            // The database is away: run it anyway. If a result was stored before, the conditional store keeps that one.
        }
        var python = installed.FirstOrDefault(p => $"{p.Version.Major}.{p.Version.Minor}" == job.Python);
        RunReply reply;
        try
        {
            if (python is null)
                throw new SandboxUnavailableException($"Python {job.Python} is not installed on worker {name}");
            using var progress = new CancellationTokenSource();
            var keepAlive = KeepAliveAsync(message, _ackWait / 3, progress.Token);
            var live = job.Live ? Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true }) : null;
            var relay = live is null ? Task.CompletedTask : RelayAsync(job.Id, live.Reader);
            var request = job.ToRequest() with { Output = live is null ? null : text => live.Writer.TryWrite(text) };
            RunResult result;
            var inSandbox = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                result = await _local.RunAsync(request, python, null, CancellationToken.None);
                inSandbox.Stop();
            }
            finally
            {
                live?.Writer.TryComplete();
                await relay;
                await progress.CancelAsync();
                await keepAlive;
            }
            reply = new RunReply(result, null, inSandbox.Elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (e is SandboxBusyException or SandboxUnavailableException)
        {
            var deliveries = message.Metadata?.NumDelivered ?? 1;
            if (deliveries < DispatchStream.MaxDeliver)
            {
                logger.LogWarning("run {Id}: {Reason}; handed back (delivery {N} of {Max})", job.Id, e.Message, deliveries, DispatchStream.MaxDeliver);
                return null;
            }
            reply = new RunReply(null, "failed: infrastructure: " + e.Message);
        }
        return await StoreAsync(job, reply, message);
    }

    /// <summary>
    /// Stores the result (the first stored wins) and returns the reply everyone hears. A database that is away (restarted,
    /// failed over) is tried again every second while the job is kept alive, so a finished run is not run again; past the
    /// run's deadline nobody waits, and the job is left to its redelivery.
    /// </summary>
    private async Task<RunReply> StoreAsync(RunJob job, RunReply reply, INatsJSMsg<byte[]> message)
    {
        var text = reply.Result is null ? reply.Failure! : System.Text.Encoding.UTF8.GetString(DispatchWire.Serialize(reply));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var db = openDb();
                if (await RunStore.FinishAsync(db, job.Queued(), reply.Result is null ? RunStates.Failed : RunStates.Done, text, name, clock.GetUtcNow(), CancellationToken.None))
                    return reply;
                // Another worker stored first: everyone hears that one.
                return DispatchWire.StoredReply(await RunStore.FindAsync(db, job.Id, CancellationToken.None)) ?? reply;
            }
            catch (Exception e) when (RunStore.IsUnreachable(e) && clock.GetUtcNow().ToUnixTimeMilliseconds() < job.Deadline)
            {
                if (attempt == 1)
                    logger.LogWarning("run {Id}: the result cannot be stored yet ({Reason}); trying every second", job.Id, e.Message);
                await message.AckProgressAsync();
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    /// <summary>Publishes a live run's output in the order it was written, on the subject its web node listens to.</summary>
    private async Task RelayAsync(Guid id, ChannelReader<string> output)
    {
        try
        {
            await foreach (var text in output.ReadAllAsync())
                await nats.PublishAsync(DispatchWire.OutputSubject(id), text);
        }
        catch (NatsException e)
        {
            logger.LogWarning("run {Id}: live output lost: {Reason}", id, e.Message); // the stored result still has it all
        }
    }

    /// <summary>Tells JetStream the job is still being worked on, well inside the ack wait, so a long run is not redelivered.</summary>
    private static async Task KeepAliveAsync(INatsJSMsg<byte[]> message, TimeSpan every, CancellationToken done)
    {
        try
        {
            while (true)
            {
                await Task.Delay(every, done);
                await message.AckProgressAsync(cancellationToken: done);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync() => await _local.DisposeAsync();
}
