using Viva.Sandbox;

namespace Viva.Web.Dispatch;

/// <summary>
/// Where a run executes: in this process's own sandbox pools (<see cref="LocalDispatcher"/>, the embedded default), or on
/// `viva worker` processes reached through NATS JetStream (<see cref="NatsDispatcher"/>, scale-out). Both keep one
/// contract (DispatcherContract in the tests): a program's own failure is a result, a full queue is
/// <see cref="SandboxBusyException"/>, no sandbox is <see cref="SandboxUnavailableException"/>.
/// </summary>
public interface IRunDispatcher : IAsyncDisposable
{
    /// <summary>
    /// Runs <paramref name="request"/> on <paramref name="python"/> for <paramref name="owner"/>; <paramref name="queued"/>
    /// is told the run's id once it is a stored row (dispatched runs only), so a caller who loses this node can ask another.
    /// </summary>
    Task<RunResult> RunAsync(RunRequest request, PythonInterpreter python, string? owner, CancellationToken cancellationToken, Action<Guid>? queued = null);

    /// <summary>Starts this interpreter's sandboxes now, where the runs execute in this process.</summary>
    void Warm(PythonInterpreter python);
}
