using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Viva.Data;
using Viva.Tests.Shared;
using Xunit.Abstractions;

namespace Viva.Cli.Tests.Drills;

/// <summary>
/// PostgreSQL stopped for 10 s under a steady stream of runs through `viva serve --nats` and a `viva worker`: while it is
/// down runs are refused with a 503 that names the database (never a 500), they go through again once it is back, and
/// every run that was answered, or taken before the outage, ends stored as done.
/// </summary>
public sealed class DatabaseOutageDrillTests(PostgresServer postgres, NatsServer nats, ITestOutputHelper output)
    : IClassFixture<PostgresServer>, IClassFixture<NatsServer>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-pg-drill-").FullName;

    [Fact]
    public async Task Runs_are_refused_clearly_while_the_database_is_down_and_nothing_is_lost()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using (var db = VivaDatabase.Create(database))
            await VivaDatabase.MigrateAsync(db);
        await using var node = new WebNode(database, ScaleOut.FreePort(), _dir, "--nats", nats.Url.ToString());
        await node.StartAsync();
        using var worker = await ScaleOut.StartWorkerAsync(_dir, nats.Url, database, 2, output);

        using (var warmUp = await ScaleOut.ClientAsync(node.BaseUrl))
        {
            var first = await warmUp.RunAsync("print(1)");
            Assert.True(first.Status == HttpStatusCode.OK, $"the first run: {(int)first.Status} {first.Problem}");
        } // the worker's sandboxes are up
        var clock = Stopwatch.StartNew();
        var answers = new ConcurrentBag<(string Marker, double SentAt, double At, RunAnswer Answer)>();
        // Two clients keep the worker busy and leave the node room (RunConcurrency) for the probe below.
        var clients = Enumerable.Range(0, 2).Select(async c =>
        {
            using var client = await ScaleOut.ClientAsync(node.BaseUrl);
            for (var n = 0; clock.Elapsed < TimeSpan.FromSeconds(20); n++)
            {
                var marker = $"client {c} run {n}";
                var sent = clock.Elapsed.TotalSeconds;
                var answer = await client.RunAsync($"import time\ntime.sleep(0.2)\nprint({System.Text.Json.JsonSerializer.Serialize(marker)})");
                answers.Add((marker, sent, clock.Elapsed.TotalSeconds, answer));
                if (answer.Status != HttpStatusCode.OK)
                    await Task.Delay(500);
            }
        }).ToList();

        while (answers.Count < 8 && clock.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(100);
        using var probe = await ScaleOut.ClientAsync(node.BaseUrl);
        await postgres.StopAsync();
        var down = clock.Elapsed.TotalSeconds;
        // While the other clients' runs wait for their results to be stored, a fifth asks for a new run twice a second.
        while (clock.Elapsed.TotalSeconds < down + 10)
        {
            var sent = clock.Elapsed.TotalSeconds;
            answers.Add(("probe " + sent, sent, clock.Elapsed.TotalSeconds, await probe.RunAsync($"print('probe {sent}')")));
            await Task.Delay(500);
        }
        await postgres.StartAsync();
        var up = clock.Elapsed.TotalSeconds;
        // Recovery: a new run goes through within a few seconds (a pooled connection that died with the server may
        // cost one more clean 503 first).
        RunAnswer back;
        var tries = 0;
        do
        {
            back = await probe.RunAsync("print('back')");
            answers.Add(("back", up, clock.Elapsed.TotalSeconds, back));
        }
        while (back.Status != HttpStatusCode.OK && ++tries < 5 && await Task.Delay(1000).ContinueWith(_ => true));
        output.WriteLine($"database down from {down:0.0} s to {up:0.0} s");
        await Task.WhenAll(clients);

        foreach (var group in answers.GroupBy(a => a.Answer.Status))
            output.WriteLine($"{(int)group.Key}: {group.Count()} ({string.Join("; ", group.Select(a => a.Answer.Problem).Distinct().Take(3))})");
        if (answers.Any(a => a.Answer.Status is not (HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable)))
            output.WriteLine("node log:\n" + node.Log);
        Assert.All(answers, a => Assert.Contains(a.Answer.Status, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        Assert.All(answers.Where(a => a.Answer.Status == HttpStatusCode.OK && !a.Marker.StartsWith("probe", StringComparison.Ordinal) && a.Marker != "back"), a => Assert.Equal(a.Marker + "\n", a.Answer.Stdout));
        var refused = answers.Where(a => a.Answer.Status == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, a => Assert.Contains("database", a.Answer.Problem, StringComparison.Ordinal));
        Assert.Equal((HttpStatusCode.OK, "back\n"), (back.Status, back.Stdout));

        // Nothing lost: every answered run is stored done, and no run is left queued or running. (This process's own
        // pooled connection died with the server.)
        Npgsql.NpgsqlConnection.ClearAllPools();
        await using (var db = VivaDatabase.Create(database))
        {
            var rows = await db.Runs.ToListAsync();
            output.WriteLine("runs stored: " + string.Join(", ", rows.GroupBy(r => r.Status).Select(g => $"{g.Key} {g.Count()}")));
            Assert.All(rows, r => Assert.Equal("done", r.Status));
            Assert.True(rows.Count >= answers.Count(a => a.Answer.Status == HttpStatusCode.OK));
        }
        worker.Kill(entireProcessTree: true);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
