using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
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
public sealed partial class WorkerKillDrillTests(NatsServer nats, ITestOutputHelper output) : IClassFixture<NatsServer>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-worker-drill-").FullName;

    [Fact]
    public async Task A_run_whose_worker_is_killed_mid_run_completes_on_another_worker_once()
    {
        var database = Path.Combine(_dir, "viva.db");
        await using (var db = VivaDatabase.Create(database))
            await VivaDatabase.MigrateAsync(db);
        await using var node = new WebNode(database, FreePort(), _dir, "--nats", nats.Url.ToString());
        await node.StartAsync();
        using var first = await StartWorkerAsync(database);

        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = node.BaseUrl, Timeout = TimeSpan.FromSeconds(90) };
        var page = await http.GetStringAsync("/questions/gil");
        var token = CsrfToken().Match(page).Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/run") { Content = JsonContent.Create(new { code = "import time\ntime.sleep(3)\nprint('done')" }) };
        request.Headers.Add("RequestVerificationToken", token);
        var clock = Stopwatch.StartNew();
        var answer = http.SendAsync(request);

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
        using var second = await StartWorkerAsync(database);

        using var response = await answer;
        output.WriteLine($"answered at {clock.Elapsed.TotalSeconds:0.0} s: {(int)response.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("done\n", json.RootElement.GetProperty("stdout").GetString());
        await using (var db = VivaDatabase.Create(database))
        {
            var row = Assert.Single(db.Runs);
            Assert.Equal("done", row.Status);
            Assert.EndsWith($":{second.Id}", row.FinishedBy);
        }
        second.Kill(entireProcessTree: true);
    }

    private async Task<Process> StartWorkerAsync(string database)
    {
        var process = Process.Start(VivaProcess.StartInfo(_dir, new Dictionary<string, string>(),
            "worker", "--nats", nats.Url.ToString(), "--db", database, "--slots", "1"))!;
        process.StandardInput.Close();
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.WriteLine("worker: " + e.Data); };
        process.BeginErrorReadLine();
        var ready = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Contains("taking runs from", ready);
        _ = process.StandardOutput.ReadToEndAsync();
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfToken();

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
