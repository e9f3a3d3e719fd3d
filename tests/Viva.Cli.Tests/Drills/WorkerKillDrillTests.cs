using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Viva.Data;
using Viva.Tests.Shared;
using Xunit.Abstractions;

namespace Viva.Cli.Tests.Drills;

/// <summary>
/// A fault drill of scale-out with real processes: a `viva serve --nats` node, a real nats-server, and `viva worker`
/// processes. The worker running a job is SIGKILLed (with its sandboxes) mid-run; JetStream delivers the job again
/// after the ack wait to a worker started after it, the waiting request gets the result, and one result is stored.
/// </summary>
public sealed class WorkerKillDrillTests(NatsServer nats, ITestOutputHelper output) : IClassFixture<NatsServer>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-worker-drill-").FullName;

    [Fact]
    public async Task A_run_whose_worker_is_killed_mid_run_completes_on_another_worker_once()
    {
        var database = await ScaleOut.DatabaseAsync(_dir);
        await using var node = await ScaleOut.NodeAsync(database, _dir, nats.Url);
        using var first = await ScaleOut.StartWorkerAsync(_dir, nats.Url, database, 1, output);

        using var client = await ScaleOut.ClientAsync(node.BaseUrl);
        var clock = Stopwatch.StartNew();
        var answer = client.RunAsync("import time\ntime.sleep(3)\nprint('done')");

        // Once the first worker has had the job for a moment, it dies with it.
        await using (var db = VivaDatabase.Create(database))
        {
            while (!await db.Runs.AnyAsync())
                await Task.Delay(50);
        }
        await Task.Delay(1000);
        first.Kill(entireProcessTree: true);
        await first.WaitForExitAsync();
        output.WriteLine($"killed the first worker at {clock.Elapsed.TotalSeconds:0.0} s");
        using var second = await ScaleOut.StartWorkerAsync(_dir, nats.Url, database, 1, output);

        var response = await answer;
        output.WriteLine($"answered at {clock.Elapsed.TotalSeconds:0.0} s: {(int)response.Status}");
        Assert.Equal((HttpStatusCode.OK, "done\n"), (response.Status, response.Stdout));
        await using (var db = VivaDatabase.Create(database))
        {
            var row = Assert.Single(db.Runs);
            Assert.Equal("done", row.Status);
            Assert.EndsWith($":{second.Id}", row.FinishedBy);
        }
        second.Kill(entireProcessTree: true);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
