using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Viva.Bench;

/// <summary>
/// A real `viva serve --multi-user` process, started through the checkout's `./viva` (the published Release
/// build, rebuilt when sources changed), so a load test measures what a deployment runs, not an in-process host.
/// </summary>
internal sealed class ServedViva : IAsyncDisposable
{
    private readonly Process _process;

    private ServedViva(Process process, Uri baseUrl) => (_process, BaseUrl) = (process, baseUrl);

    public Uri BaseUrl { get; }

    /// <summary>Starts the server on a free loopback port and returns once it answers HTTP (it builds, migrates and loads the bank first).</summary>
    public static async Task<ServedViva> StartAsync(string repositoryRoot, string database, string workingDirectory)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Path.Combine(repositoryRoot, "viva"),
            ["serve", "--multi-user", "--port", port.ToString(CultureInfo.InvariantCulture), "--db", database, "--bank", Path.Combine(repositoryRoot, "content", "python")])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("viva serve did not start");
        // Drained, so a full pipe never stalls the server; errors are kept for the message below.
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) errors.Enqueue(line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        var served = new ServedViva(process, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        // A first run publishes the CLI, which takes minutes on a shared machine.
        var until = DateTime.UtcNow.AddMinutes(10);
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"viva serve exited with {process.ExitCode}: {string.Join('\n', errors.TakeLast(20))}");
            try
            {
                using var response = await http.GetAsync(new Uri(served.BaseUrl, "/account/sign-in"));
                if ((int)response.StatusCode < 500)
                    return served;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        await served.DisposeAsync();
        throw new TimeoutException("viva serve did not answer within 10 minutes");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
