using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Viva.Cli.Tests.Drills;

/// <summary>What the scale-out drills share: `viva worker` processes, free ports, and a client that runs code as the pages do.</summary>
internal static partial class ScaleOut
{
    /// <summary>Starts `viva worker` and returns once it says it takes runs.</summary>
    public static async Task<Process> StartWorkerAsync(string dir, Uri nats, string database, int slots, ITestOutputHelper output)
    {
        var process = Process.Start(VivaProcess.StartInfo(dir, new Dictionary<string, string>(),
            "worker", "--nats", nats.ToString(), "--db", database, "--slots", slots.ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
        process.StandardInput.Close();
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.WriteLine("worker: " + e.Data); };
        process.BeginErrorReadLine();
        var ready = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Contains("taking runs from", ready);
        _ = process.StandardOutput.ReadToEndAsync();
        return process;
    }

    /// <summary>A migrated SQLite database in the drill's directory, shared by its web nodes and workers.</summary>
    public static async Task<string> DatabaseAsync(string dir)
    {
        var database = Path.Combine(dir, "viva.db");
        await using var db = Data.VivaDatabase.Create(database);
        await Data.VivaDatabase.MigrateAsync(db);
        return database;
    }

    /// <summary>A `viva serve --nats` node (local mode) on a free port, started.</summary>
    public static async Task<WebNode> NodeAsync(string database, string dir, Uri nats)
    {
        var node = new WebNode(database, FreePort(), dir, "--nats", nats.ToString());
        await node.StartAsync();
        return node;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A browser-like client of one web node: its cookie, its antiforgery token, POST /api/run.</summary>
    public static async Task<RunClient> ClientAsync(Uri node)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = node, Timeout = TimeSpan.FromSeconds(120) };
        var page = await http.GetStringAsync("/questions/gil");
        return new RunClient(http, CsrfToken().Match(page).Groups[1].Value);
    }

    [GeneratedRegex("name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfToken();
}

/// <summary>One answer of POST /api/run: its status, the program's output when it ran, the problem's text otherwise.</summary>
internal sealed record RunAnswer(HttpStatusCode Status, string? Stdout, string? Problem, string? RetryAfter);

internal sealed class RunClient(HttpClient http, string token) : IDisposable
{
    public async Task<RunAnswer> RunAsync(string code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/run") { Content = JsonContent.Create(new { code }) };
        request.Headers.Add("RequestVerificationToken", token);
        using var response = await http.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        return response.StatusCode == HttpStatusCode.OK
            ? new RunAnswer(response.StatusCode, root.GetProperty("stdout").GetString(), null, null)
            : new RunAnswer(response.StatusCode, null, $"{root.GetProperty("title").GetString()}: {(root.TryGetProperty("detail", out var d) ? d.GetString() : "")}",
                response.Headers.TryGetValues("Retry-After", out var after) ? after.Single() : null);
    }

    /// <summary>Starts a live run (POST /api/run/live) and returns the run's id from the stream's first event; the stream is left open.</summary>
    public async Task<(Guid Id, HttpResponseMessage Stream)> StartLiveAsync(string code)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/run/live") { Content = JsonContent.Create(new { code }) };
        request.Headers.Add("RequestVerificationToken", token);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = System.Net.ServerSentEvents.SseParser.Create(await response.Content.ReadAsStreamAsync()).EnumerateAsync().GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync());
        Assert.Equal("run", events.Current.EventType);
        using var ticket = JsonDocument.Parse(events.Current.Data);
        return (ticket.RootElement.GetProperty("id").GetGuid(), response);
    }

    /// <summary>GET /api/run/{id}: a stored run's result, from whichever node this client talks to.</summary>
    public async Task<RunAnswer> ResultAsync(Guid id)
    {
        using var response = await http.GetAsync($"/api/run/{id}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return response.StatusCode == HttpStatusCode.OK
            ? new RunAnswer(response.StatusCode, json.RootElement.GetProperty("stdout").GetString(), null, null)
            : new RunAnswer(response.StatusCode, null, json.RootElement.GetProperty("title").GetString(), null);
    }

    public void Dispose() => http.Dispose();
}
