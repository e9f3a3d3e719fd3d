using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Viva.Web.Dispatch;

/// <summary>
/// The JetStream work queue: one stream of jobs kept until a worker acknowledges it, bounded with discard-new (a full
/// queue refuses the publish, which becomes a 429, instead of dropping old jobs), duplicates of a run id dropped, and one
/// durable pull consumer shared by every worker.
/// </summary>
public static class DispatchStream
{
    /// <summary>Jobs a worker may hold without acknowledging before JetStream hands them to another worker.</summary>
    public static readonly TimeSpan AckWait = TimeSpan.FromSeconds(30);

    /// <summary>Deliveries of one job before it is recorded as an infrastructure failure.</summary>
    public const int MaxDeliver = 3;

    /// <summary>Jobs waiting at most; one more is refused (a 429 with Retry-After), none is dropped.</summary>
    public const int DefaultQueueLimit = 1000;

    /// <summary>
    /// Creates the stream unless it exists (another node or worker made it: theirs is kept), replicated on up to three
    /// servers of the connection's cluster, so losing one NATS server loses no queued run.
    /// </summary>
    public static async Task EnsureStreamAsync(INatsJSContext js, int queueLimit, CancellationToken cancellationToken)
    {
        await js.Connection.ConnectAsync();
        // The other servers of the cluster, as the server advertises them to clients.
        var servers = 1 + (js.Connection.ServerInfo?.ClientConnectUrls?.Length ?? 0);
        var config = new StreamConfig(DispatchWire.Stream, [DispatchWire.JobSubject])
        {
            NumReplicas = Math.Min(3, servers),
            Retention = StreamConfigRetention.Workqueue,
            Discard = StreamConfigDiscard.New,
            MaxMsgs = queueLimit,
            DuplicateWindow = TimeSpan.FromMinutes(2),
            Storage = StreamConfigStorage.File,
        };
        try
        {
            await js.CreateStreamAsync(config, cancellationToken);
        }
        catch (NatsJSApiException e) when (e.Error.ErrCode == 10058) // the name is taken: the stream exists
        {
        }
    }

    /// <summary>The workers' shared durable consumer; <paramref name="ackWait"/> is how long a job may go without a sign of life before it is delivered again.</summary>
    public static async Task EnsureConsumerAsync(INatsJSContext js, TimeSpan ackWait, CancellationToken cancellationToken) =>
        await js.CreateOrUpdateConsumerAsync(DispatchWire.Stream, new ConsumerConfig(DispatchWire.Consumer)
        {
            DurableName = DispatchWire.Consumer,
            AckPolicy = ConsumerConfigAckPolicy.Explicit,
            AckWait = ackWait,
            MaxDeliver = MaxDeliver,
            MaxAckPending = 10_000,
        }, cancellationToken);
}
