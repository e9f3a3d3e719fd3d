using Viva.Sandbox;

namespace Viva.Web.Running;

/// <summary>
/// The one way the web app runs code: the sandbox's runner with the web limits applied. Admission
/// (how many at once, how many per second) is the rate limiter's job, so this stays a thin seam.
/// </summary>
internal sealed class CodeRunner(PythonRunner? runner)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public bool Available => runner is not null;

    public Task<RunResult> RunAsync(string code, IReadOnlyList<TestInput>? tests, CancellationToken cancellationToken) =>
        (runner ?? throw new InvalidOperationException("no Python interpreter was found"))
            .RunAsync(new RunRequest { Code = code, Tests = tests, Timeout = Timeout }, cancellationToken);
}
