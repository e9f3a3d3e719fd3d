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

    public bool Available => runner is not null;

    /// <summary>Starts the sandboxes in the background, so the first run does not pay for it.</summary>
    public void WarmInBackground()
    {
        if (runner is null)
            return;
        _ = Task.Run(() =>
        {
            try
            {
                runner.Warm();
            }
            catch (SandboxUnavailableException)
            {
                // Reported to the user on the first run, with the reason.
            }
        });
    }

    /// <exception cref="SandboxBusyException">Too many runs are waiting.</exception>
    /// <exception cref="SandboxUnavailableException">This machine cannot sandbox (no bubblewrap, no user namespaces).</exception>
    public Task<RunResult> RunAsync(string code, IReadOnlyList<TestInput>? tests, CancellationToken cancellationToken) =>
        (runner ?? throw new SandboxUnavailableException("no Python interpreter was found on this machine"))
            .RunAsync(new RunRequest { Code = code, Tests = tests, Timeout = Timeout }, cancellationToken);

    public ValueTask DisposeAsync() => runner?.DisposeAsync() ?? ValueTask.CompletedTask;
}
