using System.Collections.Concurrent;
using Viva.Sandbox.Isolation;

namespace Viva.Sandbox;

/// <summary>
/// Runs untrusted Python in a bubblewrap sandbox, one fresh fork of a warm supervisor per run.
/// <c>new PythonRunner(interpreter)</c> is cheap and shares one process-wide pool per interpreter
/// (started on first use, never disposed by the runner); <c>new PythonRunner(interpreter, options)</c>
/// owns a private pool that <see cref="DisposeAsync"/> stops. Safe to call concurrently.
/// </summary>
public sealed class PythonRunner : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<string, Lazy<SandboxPool>> Shared = new();
    private readonly Lazy<SandboxPool> pool;
    private readonly bool ownsPool;

    public PythonRunner(PythonInterpreter interpreter)
    {
        Interpreter = interpreter;
        pool = Shared.GetOrAdd(interpreter.Path, _ => new Lazy<SandboxPool>(() => new SandboxPool(interpreter, new SandboxOptions())));
    }

    public PythonRunner(PythonInterpreter interpreter, SandboxOptions options)
    {
        Interpreter = interpreter;
        pool = new Lazy<SandboxPool>(() => new SandboxPool(interpreter, options));
        ownsPool = true;
    }

    public PythonInterpreter Interpreter { get; }

    /// <summary>Which limit is enforced by what on this machine; starts the pool if needed.</summary>
    public IReadOnlyList<string> Enforcement => Pool.Enforcement;

    /// <summary>Starts the pool now (otherwise the first run does), so the first run is warm too.</summary>
    public void Warm() => _ = Pool;

    /// <summary>
    /// Runs the request. Expected failures of the program are statuses in the result; a full queue throws
    /// <see cref="SandboxBusyException"/> and a machine that cannot sandbox throws <see cref="SandboxUnavailableException"/>.
    /// Python 2 runs plain programs only: hidden tests on it throw <see cref="NotSupportedException"/>.
    /// </summary>
    public Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        // The hidden tests run inside the supervisor, which is Python 3 code; a Python 2 run execs its program.
        if (request.Tests is not null && Interpreter.Version.Major < 3)
            throw new NotSupportedException($"hidden tests need Python 3; Python {Interpreter.Version.ToString(2)} runs plain programs only");
        return Pool.RunAsync(request, cancellationToken);
    }

    private SandboxPool Pool
    {
        get
        {
            try
            {
                return pool.Value;
            }
            catch (SandboxUnavailableException)
            {
                // A failed start is not cached for the shared pool: the next runner may find bwrap installed.
                if (!ownsPool)
                    Shared.TryRemove(Interpreter.Path, out _);
                throw;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (ownsPool && pool.IsValueCreated)
            await pool.Value.DisposeAsync();
    }
}
