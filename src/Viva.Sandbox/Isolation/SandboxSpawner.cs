using System.Collections.Concurrent;
using System.Diagnostics;

namespace Viva.Sandbox.Isolation;

/// <summary>
/// Starts sandboxes from one thread that lives as long as the process. bwrap's --die-with-parent is
/// PR_SET_PDEATHSIG, and Linux sends that signal when the parent *thread* that forked the process exits,
/// not the parent process. Started from a thread-pool thread, a sandbox was SIGKILLed whenever the pool
/// retired that thread, silently and mid-run: under load (the pool grows, then shrinks) 1-5 runs of
/// each `viva check --all-versions` ended as "the sandbox's supervisor was killed".
/// </summary>
internal static class SandboxSpawner
{
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int priority);

    private static readonly BlockingCollection<(ProcessStartInfo Start, TaskCompletionSource<Process> Started)> Requests = new();

    static SandboxSpawner()
    {
        new Thread(Serve) { IsBackground = true, Name = "viva sandbox spawner" }.Start();
    }

    public static Task<Process> StartAsync(ProcessStartInfo start)
    {
        // Continuations run elsewhere: the spawner thread only forks.
        var started = new TaskCompletionSource<Process>(TaskCreationOptions.RunContinuationsAsynchronously);
        Requests.Add((start, started));
        return started.Task;
    }

    private static void Serve()
    {
        // Niceness is per thread on Linux and a fork inherits the forking thread's: every sandbox starts at nice 10.
        // Host work (replies, acknowledgements, the web pages) then wins a busy CPU over sandboxed programs. Best effort.
        _ = SetPriority(0, 0, 10);
        foreach (var (start, started) in Requests.GetConsumingEnumerable())
        {
            try
            {
                started.SetResult(Process.Start(start) ?? throw new SandboxUnavailableException($"cannot start {start.FileName}"));
            }
            catch (Exception error)
            {
                started.SetException(error);
            }
        }
    }
}
