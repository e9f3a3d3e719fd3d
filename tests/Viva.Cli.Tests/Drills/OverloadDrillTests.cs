using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Viva.Data;
using Viva.Tests.Shared;
using Xunit.Abstractions;

namespace Viva.Cli.Tests.Drills;

/// <summary>
/// Twice the capacity through a real `viva serve --nats` node, nats-server and a `viva worker`: every request gets either
/// its own program's output or a clean 429 with Retry-After, and every run the node took is stored as done, none lost.
/// </summary>
public sealed class OverloadDrillTests(NatsServer nats, ITestOutputHelper output) : IClassFixture<NatsServer>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-overload-drill-").FullName;

    [Fact]
    public async Task At_twice_the_capacity_runs_are_answered_or_cleanly_refused_and_none_is_lost()
    {
        var database = await ScaleOut.DatabaseAsync(_dir);
        await using var node = await ScaleOut.NodeAsync(database, _dir, nats.Url);
        using var worker = await ScaleOut.StartWorkerAsync(_dir, nats.Url, database, 2, output);

        // The node takes RunConcurrency runs at once and queues as many again (VivaWebOptions); twice that is twice its capacity.
        var capacity = 2 * Math.Max(2, Environment.ProcessorCount * 2);
        var answers = new ConcurrentBag<(string Marker, RunAnswer Answer)>();
        var until = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, 2 * capacity).Select(async c =>
        {
            using var client = await ScaleOut.ClientAsync(node.BaseUrl);
            for (var n = 0; until.Elapsed < TimeSpan.FromSeconds(15); n++)
            {
                var marker = $"client {c} run {n}";
                var answer = await client.RunAsync($"import time\ntime.sleep(0.3)\nprint({System.Text.Json.JsonSerializer.Serialize(marker)})");
                answers.Add((marker, answer));
                if (answer.RetryAfter is { } seconds)
                    await Task.Delay(TimeSpan.FromSeconds(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture))); // as a polite client does
            }
        });
        await Task.WhenAll(clients);

        var ran = answers.Where(a => a.Answer.Status == HttpStatusCode.OK).ToList();
        var refused = answers.Where(a => a.Answer.Status == HttpStatusCode.TooManyRequests).ToList();
        output.WriteLine($"{2 * capacity} clients, 15 s: {answers.Count} requests, {ran.Count} ran, {refused.Count} refused with 429");
        Assert.All(answers, a => Assert.Contains(a.Answer.Status, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.All(ran, a => Assert.Equal(a.Marker + "\n", a.Answer.Stdout));
        Assert.All(refused, a => Assert.Equal(("1", true), (a.Answer.RetryAfter, a.Answer.Problem!.StartsWith("The sandbox is busy", StringComparison.Ordinal))));
        Assert.NotEmpty(refused);
        Assert.True(ran.Count >= 20, $"only {ran.Count} runs went through");

        await using (var db = VivaDatabase.Create(database))
        {
            var states = await db.Runs.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            output.WriteLine("runs stored: " + string.Join(", ", states.Select(s => $"{s.Key} {s.Count}")));
            Assert.Equal([("done", ran.Count)], states.Select(s => (s.Key, s.Count)));
        }
        worker.Kill(entireProcessTree: true);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
