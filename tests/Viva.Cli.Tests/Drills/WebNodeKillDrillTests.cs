using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Viva.Data;
using Viva.Tests.Shared;
using Xunit.Abstractions;

namespace Viva.Cli.Tests.Drills;

/// <summary>
/// A web node SIGKILLed while its client waits for a run: the run goes on on its worker, and another node answers for it
/// by the id the live stream named first (GET /api/run/{id}), with the output, once; someone else's id is not found.
/// </summary>
public sealed class WebNodeKillDrillTests(NatsServer nats, ITestOutputHelper output) : IClassFixture<NatsServer>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-web-drill-").FullName;

    [Fact]
    public async Task A_run_whose_web_node_is_killed_is_answered_by_another_node()
    {
        var database = await ScaleOut.DatabaseAsync(_dir);
        await using var first = await ScaleOut.NodeAsync(database, _dir, nats.Url);
        await using var second = await ScaleOut.NodeAsync(database, _dir, nats.Url);
        using var worker = await ScaleOut.StartWorkerAsync(_dir, nats.Url, database, 1, output);

        using var toFirst = await ScaleOut.ClientAsync(first.BaseUrl);
        var clock = Stopwatch.StartNew();
        var (id, stream) = await toFirst.StartLiveAsync("import time\nprint('started', flush=True)\ntime.sleep(3)\nprint('done')");
        using (stream)
        {
            await Task.Delay(1000);
            await first.KillAsync();
            output.WriteLine($"killed the node holding run {id} at {clock.Elapsed.TotalSeconds:0.0} s");
        }

        using var toSecond = await ScaleOut.ClientAsync(second.BaseUrl);
        var answer = await toSecond.ResultAsync(id);
        output.WriteLine($"the other node answered at {clock.Elapsed.TotalSeconds:0.0} s: {(int)answer.Status}");
        Assert.Equal((HttpStatusCode.OK, "started\ndone\n"), (answer.Status, answer.Stdout));
        Assert.Equal(HttpStatusCode.NotFound, (await toSecond.ResultAsync(Guid.CreateVersion7())).Status);
        await using (var db = VivaDatabase.Create(database))
            Assert.Equal("done", (await db.Runs.SingleAsync()).Status);
        worker.Kill(entireProcessTree: true);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
