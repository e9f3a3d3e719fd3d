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
    Task<RunResult> RunAsync(RunRequest request, PythonInterpreter python, string? owner, CancellationToken cancellationToken);

    /// <summary>Starts this interpreter's sandboxes now, where the runs execute in this process.</summary>
    void Warm(PythonInterpreter python);
}
