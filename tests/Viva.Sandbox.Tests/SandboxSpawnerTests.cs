using System.Diagnostics;
using Viva.Sandbox.Isolation;

namespace Viva.Sandbox.Tests;

/// <summary>
/// bwrap's --die-with-parent is a parent-death signal, which Linux ties to the thread that forked the
/// process. A sandbox must outlive the (thread-pool) thread that happened to ask for it.
/// </summary>
public sealed class SandboxSpawnerTests
{
    private static ProcessStartInfo SleepDyingWithParent() =>
        new("setpriv", ["--pdeathsig", "KILL", "sleep", "30"]);

    /// <summary>Starts the process from a thread that ends right after, and says whether it is still alive a moment later.</summary>
    private static async Task<bool> SurvivesItsThread(Func<ProcessStartInfo, Task<Process>> start)
    {
        Process? process = null;
        var thread = new Thread(() =>
        {
            process = start(SleepDyingWithParent()).GetAwaiter().GetResult();
            // setpriv sets the signal after its exec; the thread must outlive that to test anything.
            Thread.Sleep(300);
        });
        thread.Start();
        thread.Join();
        await Task.Delay(500);
        using (process)
        {
            var alive = !process!.HasExited;
            if (alive)
                process.Kill();
            return alive;
        }
    }

    [Fact]
    public async Task A_process_started_by_the_spawner_survives_the_thread_that_asked_for_it()
    {
        Assert.True(await SurvivesItsThread(SandboxSpawner.StartAsync));
    }

    [Fact]
    public async Task Started_directly_from_a_short_lived_thread_the_same_process_dies_with_it()
    {
        // The control: this is what happened to sandboxes started from retired thread-pool threads.
        Assert.False(await SurvivesItsThread(psi => Task.FromResult(Process.Start(psi)!)));
    }
}
