using Viva.Data.Dispatch;
using Viva.Web.Dispatch;

namespace Viva.Web.Tests.Dispatch;

/// <summary>The dispatcher contract through a real nats-server (JetStream) to a worker with its own pool, results stored in a real database.</summary>
public sealed class NatsDispatcherContract : DispatcherContract, IAsyncLifetime
{
    private NatsDispatch _dispatch = null!;

    protected override IRunDispatcher Dispatcher => _dispatch.Dispatcher;

    public async Task InitializeAsync()
    {
        _dispatch = await NatsDispatch.StartAsync();
        _dispatch.StartWorker();
    }

    public async Task DisposeAsync() => await _dispatch.DisposeAsync();

    [Fact]
    public async Task A_run_is_a_row_with_a_uuid7_id_finished_once_by_the_worker_that_ran_it()
    {
        await Dispatcher.RunAsync(new Sandbox.RunRequest { Code = "print(2)" }, DefaultPython, "user-1", CancellationToken.None);
        await using var db = _dispatch.OpenDb();
        var row = Assert.Single(db.Runs);
        Assert.Equal((RunStates.Done, "test-worker", "program", "user-1"), (row.Status, row.FinishedBy, row.Kind, row.Owner));
        Assert.Equal(7, row.Id.Version);
        Assert.Contains("\"stdout\":\"2\\n\"", row.Result);
    }
}
