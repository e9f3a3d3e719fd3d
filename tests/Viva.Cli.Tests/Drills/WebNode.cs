using System.Diagnostics;

namespace Viva.Cli.Tests.Drills;

/// <summary>One `viva serve` process (by default `--multi-user`) on a fixed loopback port, which a drill can SIGKILL and start again.</summary>
internal sealed class WebNode(string database, int port, string workingDirectory, params string[] options) : IAsyncDisposable
{
    private Process? _process;

    public Uri BaseUrl { get; } = new($"http://127.0.0.1:{port}");

    public int Starts { get; private set; }

    private readonly Queue<string> _said = new();

    /// <summary>The last lines the node printed (its log), for a drill's failure message.</summary>
    public string Log { get { lock (_said) return string.Join('\n', _said); } }

    private void Said(string? line)
    {
        if (line is null)
            return;
        lock (_said)
        {
            _said.Enqueue(line);
            while (_said.Count > 200)
                _said.Dequeue();
        }
    }

    /// <summary>Starts the node and returns once it answers HTTP (it migrates and loads the bank first).</summary>
    public async Task StartAsync()
    {
        _process = Process.Start(VivaProcess.StartInfo(workingDirectory, new Dictionary<string, string>(),
            ["serve", .. options.Length == 0 ? ["--multi-user"] : options, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", database]))!;
        // Drained so a full pipe never blocks the server.
        _process.OutputDataReceived += (_, e) => Said(e.Data);
        _process.ErrorDataReceived += (_, e) => Said(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        _process.StandardInput.Close();
        Starts++;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"node on port {port} exited with {_process.ExitCode} while starting");
            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl, "/account/sign-in"));
                if ((int)response.StatusCode < 500)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"node on port {port} did not answer within 90 s");
    }

    /// <summary>SIGKILL: no shutdown, no flushing; what was in flight is cut off.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
            return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await KillAsync();
}
