using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Viva.Data;
using Viva.Tests.Shared;
using Xunit.Abstractions;

namespace Viva.Cli.Tests.Drills;

/// <summary>
/// One server of a 3-server NATS cluster SIGKILLed under a stream of runs (the one the web node is connected to): the node
/// and the worker reconnect to the others, the work-queue stream (3 replicas) keeps its jobs, every request is answered
/// with its own output or refused cleanly, and every run taken is stored done: none lost.
/// </summary>
public sealed class NatsNodeKillDrillTests(NatsCluster nats, ITestOutputHelper output) : IClassFixture<NatsCluster>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-nats-drill-").FullName;

    [Fact]
    public async Task Killing_one_nats_server_loses_no_run()
    {
        var database = await ScaleOut.DatabaseAsync(_dir);
        await using var node = await ScaleOut.NodeAsync(database, _dir, nats.Url(0));
        using var worker = await ScaleOut.StartWorkerAsync(_dir, nats.Url(1), database, 2, output);
        using (var warmUp = await ScaleOut.ClientAsync(node.BaseUrl))
        {
            var first = await warmUp.RunAsync("print(1)");
            Assert.True(first.Status == HttpStatusCode.OK, $"the first run: {(int)first.Status} {first.Problem}");
        }

        var clock = Stopwatch.StartNew();
        var answers = new ConcurrentBag<(string Marker, RunAnswer Answer)>();
        var clients = Enumerable.Range(0, 3).Select(async c =>
        {
            using var client = await ScaleOut.ClientAsync(node.BaseUrl);
            for (var n = 0; clock.Elapsed < TimeSpan.FromSeconds(15); n++)
            {
                var marker = $"client {c} run {n}";
                var answer = await client.RunAsync($"import time\ntime.sleep(0.2)\nprint({System.Text.Json.JsonSerializer.Serialize(marker)})");
                answers.Add((marker, answer));
                if (answer.Status != HttpStatusCode.OK)
                    await Task.Delay(500);
            }
        }).ToList();
        await Task.Delay(TimeSpan.FromSeconds(4));
        await nats.KillAsync(0);
        output.WriteLine($"killed the node's NATS server at {clock.Elapsed.TotalSeconds:0.0} s");
        await Task.WhenAll(clients);

        foreach (var group in answers.GroupBy(a => a.Answer.Status))
            output.WriteLine($"{(int)group.Key}: {group.Count()} ({string.Join("; ", group.Select(a => a.Answer.Problem).Distinct().Take(3))})");
        Assert.All(answers, a => Assert.Contains(a.Answer.Status, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        Assert.All(answers.Where(a => a.Answer.Status == HttpStatusCode.OK), a => Assert.Equal(a.Marker + "\n", a.Answer.Stdout));
        // Nothing lost: every run answered 200 is stored done; a run refused with 503 is stored as not queued, never left waiting.
        await using (var db = VivaDatabase.Create(database))
        {
            var rows = await db.Runs.ToListAsync();
            output.WriteLine("runs stored: " + string.Join(", ", rows.GroupBy(r => r.Status).Select(g => $"{g.Key} {g.Count()}")));
            Assert.All(rows, r => Assert.True(r.Status == "done" || r.Status == "failed" && r.Result!.StartsWith("failed: not queued", StringComparison.Ordinal), $"{r.Id}: {r.Status}"));
            Assert.True(rows.Count(r => r.Status == "done") >= answers.Count(a => a.Answer.Status == HttpStatusCode.OK));
            Assert.Equal(answers.Count(a => a.Answer.Status == HttpStatusCode.ServiceUnavailable), rows.Count(r => r.Status == "failed"));
        }
        worker.Kill(entireProcessTree: true);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
