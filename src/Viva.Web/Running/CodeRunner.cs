using Viva.Sandbox;

namespace Viva.Web.Running;

/// <summary>
/// The one way the web app runs code: a private pool of warm bubblewrap sandboxes with the web limits
/// applied. Admission (how many at once, how many per second) is the rate limiter's job before a run
/// gets here; the pool's own queue limit is the last line of back-pressure.
/// </summary>
internal sealed class CodeRunner(PythonRunner? runner) : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();

    public bool Available => runner is not null;

    /// <summary>
    /// Starts the sandboxes in the background a little after start-up, so the first run does not pay for
    /// them and they do not compete with the first page for the CPU. Never after the app has stopped: a
    /// pool started then would outlive it.
    /// </summary>
    public void WarmInBackground()
    {
        if (runner is null)
            return;
        var stopping = _stopping.Token;
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(2), stopping);
                lock (_gate)
                {
                    if (!stopping.IsCancellationRequested)
                        runner.Warm();
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped before the warm-up was due.
            }
            catch (SandboxUnavailableException)
            {
                // Reported to the user on the first run, with the reason.
            }
        }, CancellationToken.None);
    }

    /// <exception cref="SandboxBusyException">Too many runs are waiting.</exception>
    /// <exception cref="SandboxUnavailableException">This machine cannot sandbox (no bubblewrap, no user namespaces).</exception>
    public Task<RunResult> RunAsync(string code, IReadOnlyList<TestInput>? tests, CancellationToken cancellationToken) =>
        (runner ?? throw new SandboxUnavailableException("no Python interpreter was found on this machine"))
            .RunAsync(new RunRequest { Code = code, Tests = tests, Timeout = Timeout }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
            _stopping.Cancel();
        if (runner is not null)
            await runner.DisposeAsync();
        _stopping.Dispose();
    }
}
