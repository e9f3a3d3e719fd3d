using Viva.Core.Bank;
using Viva.Core.Followups;
using Viva.Sandbox;
using Viva.Web.Dispatch;

namespace Viva.Web.Running;

/// <summary>
/// The one way the web app runs code, on any CPython installed here, so a learner can run the same code on 3.8 and
/// 3.13, through the dispatcher: this process's own pools of warm bubblewrap sandboxes (the default interpreter's
/// warmed at start, another version's on its first run), or `viva worker` processes over NATS (`viva serve --nats`).
/// Admission (how many at once, how many per second) is the rate limiter's job before a run gets here; the pools' and
/// the work queue's own limits are the last line of back-pressure.
/// </summary>
internal sealed class CodeRunner(Func<IReadOnlyList<PythonInterpreter>> findInstalled, string? defaultVersion, IRunDispatcher dispatcher) : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly Lazy<(IReadOnlyList<PythonInterpreter> All, PythonInterpreter? Default)> _installed = new(() =>
    {
        var all = findInstalled();
        var fallback = PythonInterpreter.Find(defaultVersion);
        return (all, fallback is null ? null : all.FirstOrDefault(p => VersionName(p) == VersionName(fallback)) ?? fallback);
    });

    public bool Available => Default is not null;

    /// <summary>Every interpreter installed here, oldest first (found once, on first use).</summary>
    public IReadOnlyList<PythonInterpreter> Installed => _installed.Value.All;

    /// <summary>The interpreter used when a run names none: <c>--python</c>, else python3.</summary>
    public PythonInterpreter? Default => _installed.Value.Default;

    /// <summary>"3.12" for an interpreter: the name a picker shows and a request sends.</summary>
    public static string VersionName(PythonInterpreter p) => $"{p.Version.Major}.{p.Version.Minor}";

    /// <summary>The installed interpreter called <paramref name="version"/> ("3.12"), or null.</summary>
    public PythonInterpreter? Find(string version) => Installed.FirstOrDefault(p => VersionName(p) == version);

    /// <summary>
    /// The newest installed interpreter that every range holds for (an example runs where it is proven),
    /// else the default; Python 2 only when <paramref name="plainRun"/> (the test harness is Python 3).
    /// </summary>
    public PythonInterpreter? NewestIn(bool plainRun, params PythonRange[] ranges) =>
        Installed.Where(p => (plainRun || p.Version.Major >= 3) && ranges.All(r => r.Contains(p.Version))).LastOrDefault() ?? Default;

    /// <summary>
    /// Starts the default sandboxes in the background a little after start-up, so the first run does not
    /// pay for them and they do not compete with the first page for the CPU. Never after the app has
    /// stopped: a pool started then would outlive it.
    /// </summary>
    public void WarmInBackground()
    {
        var stopping = _stopping.Token;
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(2), stopping);
                lock (_gate)
                {
                    if (!stopping.IsCancellationRequested && Default is { } python)
                        dispatcher.Warm(python);
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

    /// <summary>
    /// Runs on <paramref name="python"/>, or the default interpreter when null; <paramref name="output"/>, when given,
    /// receives the program's standard output while it runs (see <see cref="RunRequest.Output"/>); a dispatched run is
    /// stored for <paramref name="owner"/> and its id told to <paramref name="queued"/>.
    /// </summary>
    /// <exception cref="SandboxBusyException">Too many runs are waiting.</exception>
    /// <exception cref="SandboxUnavailableException">This machine cannot sandbox (no bubblewrap, no user namespaces, no Python).</exception>
    public Task<RunResult> RunAsync(string code, IReadOnlyList<TestInput>? tests, PythonInterpreter? python, CancellationToken cancellationToken, string stdin = "", Action<string>? output = null,
        string? owner = null, Action<Guid>? queued = null)
    {
        var interpreter = python ?? Default ?? throw new SandboxUnavailableException("no Python interpreter was found on this machine");
        lock (_gate)
            ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
        return dispatcher.RunAsync(new RunRequest { Code = code, Tests = tests, Timeout = Timeout, Stdin = stdin, Output = output }, interpreter, owner, cancellationToken, queued);
    }

    /// <summary>
    /// "Explain your code" follow-ups for a submission: its outline is parsed by the newest installed CPython
    /// (3.9+ for ast.unparse; the code is never executed); a busy or missing sandbox costs only the follow-ups.
    /// </summary>
    public async Task<IReadOnlyList<CodeFollowup>> FollowupsAsync(string code, IReadOnlyList<string> failedTests, IReadOnlyList<KeyPoint> keyPoints, CancellationToken cancellationToken)
    {
        if (Installed.Where(p => p.Version >= new Version(3, 9)).MaxBy(p => p.Version) is not { } python)
            return [];
        try
        {
            var run = await RunAsync(CodeOutline.Script, null, python, cancellationToken, stdin: code);
            return CodeOutline.Parse(run.Stdout).Outline is { } outline ? CodeFollowups.Propose(outline, failedTests, keyPoints) : [];
        }
        catch (Exception e) when (e is SandboxBusyException or SandboxUnavailableException)
        {
            return [];
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
            _stopping.Cancel();
        await dispatcher.DisposeAsync();
        _stopping.Dispose();
    }
}
