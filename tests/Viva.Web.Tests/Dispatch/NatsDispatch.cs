using Microsoft.Extensions.Logging.Abstractions;
using NATS.Client.Core;
using Viva.Data;
using Viva.Sandbox;
using Viva.Tests.Shared;
using Viva.Web.Dispatch;

namespace Viva.Web.Tests.Dispatch;

/// <summary>A real nats-server (JetStream), a migrated SQLite database, a web node's dispatcher, and workers started on demand.</summary>
public sealed class NatsDispatch : IAsyncDisposable
{
    private readonly NatsServer _server = new();
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"viva-dispatch-{Guid.NewGuid():N}.db");
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<(NatsConnection Connection, RunWorker Worker, Task Working)> _workers = [];

    public NatsConnection Web { get; private set; } = null!;
    public NatsDispatcher Dispatcher { get; private set; } = null!;

    public VivaDb OpenDb() => VivaDatabase.Create(_database);

    public static async Task<NatsDispatch> StartAsync()
    {
        var dispatch = new NatsDispatch();
        await dispatch._server.InitializeAsync();
        await using (var db = dispatch.OpenDb())
            await VivaDatabase.MigrateAsync(db);
        dispatch.Web = dispatch.Connect();
        dispatch.Dispatcher = new NatsDispatcher(dispatch.Web, dispatch.OpenDb, TimeProvider.System);
        return dispatch;
    }

    public NatsConnection Connect() => new(new NatsOpts { Url = _server.Url.ToString() });

    public void StartWorker(string name = "test-worker", int slots = 2, TimeSpan? ackWait = null)
    {
        var connection = Connect();
        var worker = new RunWorker(connection, OpenDb, PythonInterpreter.Installed(), slots, name, TimeProvider.System, NullLogger.Instance);
        _workers.Add((connection, worker, worker.RunAsync(DispatchStream.DefaultQueueLimit, _stopping.Token, ackWait)));
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        foreach (var (connection, worker, working) in _workers)
        {
            await working;
            await worker.DisposeAsync();
            await connection.DisposeAsync();
        }
        await Web.DisposeAsync();
        await _server.DisposeAsync();
        File.Delete(_database);
    }
}
