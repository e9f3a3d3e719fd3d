using System.Collections.Concurrent;
using Viva.Sandbox;

namespace Viva.Web.Dispatch;

/// <summary>Runs in this process: a private pool of warm sandboxes per CPython, started on its first run (or by <see cref="Warm"/>).</summary>
public sealed class LocalDispatcher(SandboxOptions sandbox) : IRunDispatcher
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, PythonRunner> _runners = new();
    private bool _disposed;

    public Task<RunResult> RunAsync(RunRequest request, PythonInterpreter python, string? owner, CancellationToken cancellationToken, Action<Guid>? queued = null) =>
        RunnerFor(python).RunAsync(request, cancellationToken);

    public void Warm(PythonInterpreter python) => RunnerFor(python).Warm();

    private PythonRunner RunnerFor(PythonInterpreter python)
    {
        lock (_gate)
        {
            // Never a pool after disposal: it would outlive the app.
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _runners.GetOrAdd(python.Path, _ => new PythonRunner(python, sandbox));
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
            _disposed = true;
        foreach (var runner in _runners.Values)
            await runner.DisposeAsync();
    }
}
