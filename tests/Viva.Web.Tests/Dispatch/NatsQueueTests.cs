using NATS.Client.JetStream;
using Viva.Data.Dispatch;
using Viva.Sandbox;
using Viva.Web.Dispatch;

namespace Viva.Web.Tests.Dispatch;

/// <summary>
/// What only the JetStream work queue does: drop a second publish of one run, refuse (not drop) beyond its limit, and
/// deliver again a job whose worker died with it.
/// </summary>
public sealed class NatsQueueTests
{
    private static PythonInterpreter Python => PythonInterpreter.Find(null)!;

    [Fact]
    public async Task A_run_published_twice_is_queued_and_executed_once()
    {
        await using var dispatch = await NatsDispatch.StartAsync();
        await DispatchStream.EnsureStreamAsync(new NatsJSContext(dispatch.Web), DispatchStream.DefaultQueueLimit, CancellationToken.None);
        var job = new RunJob(Guid.CreateVersion7(), $"{Python.Version.Major}.{Python.Version.Minor}", "print('once')", "", 5000, 256, null,
            DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeMilliseconds());
        await using (var db = dispatch.OpenDb())
            await RunStore.CreateAsync(db, job.Queued(), CancellationToken.None);

        Assert.False(await dispatch.Dispatcher.PublishAsync(job, CancellationToken.None));
        Assert.True(await dispatch.Dispatcher.PublishAsync(job, CancellationToken.None)); // JetStream says: a duplicate, dropped
        var stream = await new NatsJSContext(dispatch.Web).GetStreamAsync(DispatchWire.Stream);
        Assert.Equal(1L, stream.Info.State.Messages);

        dispatch.StartWorker();
        RunRecord? row = null;
        for (var i = 0; i < 200 && row?.Status != RunStates.Done; i++)
        {
            await Task.Delay(50);
            await using var db = dispatch.OpenDb();
            row = await RunStore.FindAsync(db, job.Id, CancellationToken.None);
        }
        Assert.Equal(RunStates.Done, row?.Status);
        // The worker stores, answers, then acknowledges: the work queue empties just after the row is done.
        for (var i = 0; i < 100 && stream.Info.State.Messages > 0; i++)
        {
            await Task.Delay(50);
            await stream.RefreshAsync();
        }
        Assert.Equal(0L, stream.Info.State.Messages);
    }

    [Fact]
    public async Task Beyond_the_queue_limit_a_run_is_refused_as_busy_and_the_queued_runs_still_complete()
    {
        await using var dispatch = await NatsDispatch.StartAsync();
        // A queue of 2 and no worker yet: the third run finds it full.
        await DispatchStream.EnsureStreamAsync(new NatsJSContext(dispatch.Web), 2, CancellationToken.None);
        var queued = Enumerable.Range(0, 2).Select(i => dispatch.Dispatcher.RunAsync(new RunRequest { Code = $"print({i})" }, Python, null, CancellationToken.None)).ToList();
        await using (var db = dispatch.OpenDb())
        {
            for (var i = 0; i < 100 && db.Runs.Count() < 2; i++)
                await Task.Delay(50);
        }
        await Task.Delay(200); // both published
        await Assert.ThrowsAsync<SandboxBusyException>(() => dispatch.Dispatcher.RunAsync(new RunRequest { Code = "print(2)" }, Python, null, CancellationToken.None));

        dispatch.StartWorker();
        var results = await Task.WhenAll(queued);
        Assert.Equal(["0\n", "1\n"], results.Select(r => r.Stdout));
    }

    [Fact]
    public async Task A_job_whose_worker_died_mid_run_completes_on_another_worker_and_is_stored_once()
    {
        await using var dispatch = await NatsDispatch.StartAsync();
        var js = new NatsJSContext(dispatch.Web);
        await DispatchStream.EnsureStreamAsync(js, DispatchStream.DefaultQueueLimit, CancellationToken.None);
        await DispatchStream.EnsureConsumerAsync(js, TimeSpan.FromSeconds(2), CancellationToken.None);
        var running = dispatch.Dispatcher.RunAsync(new RunRequest { Code = "print('survived')" }, Python, null, CancellationToken.None);

        // The worker that takes it first dies with it: it never stores, answers or acknowledges.
        var consumer = await js.GetConsumerAsync(DispatchWire.Stream, DispatchWire.Consumer);
        var taken = 0;
        while (taken == 0)
        {
            await foreach (var _ in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 1, Expires = TimeSpan.FromSeconds(1) }))
                taken++;
        }

        dispatch.StartWorker("survivor", ackWait: TimeSpan.FromSeconds(2));
        var result = await running;
        Assert.Equal("survived\n", result.Stdout);
        await using var db = dispatch.OpenDb();
        var row = Assert.Single(db.Runs);
        Assert.Equal((RunStates.Done, "survivor"), (row.Status, row.FinishedBy));
        var info = await js.GetConsumerAsync(DispatchWire.Stream, DispatchWire.Consumer);
        Assert.Equal(0, info.Info.NumAckPending);
    }
}
