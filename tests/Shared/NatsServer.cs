using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Viva.Tests.Shared;

/// <summary>
/// A throwaway NATS server with JetStream for the test run: Debian's nats-server (scripts/install-deps.sh installs it),
/// on a free loopback port, its store in a temporary directory, killed and deleted at the end.
/// </summary>
public sealed class NatsServer : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-nats-").FullName;
    private Process? _process;

    public Uri Url { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        const string binary = "/usr/sbin/nats-server";
        if (!File.Exists(binary))
            throw new InvalidOperationException("nats-server is not installed (scripts/install-deps.sh installs Debian's nats-server)");
        var port = FreePort();
        _process = Process.Start(new ProcessStartInfo(binary, ["-js", "-sd", Path.Combine(_dir, "store"), "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Url = new Uri($"nats://127.0.0.1:{port}");
        await WaitForPortAsync(port);
    }

    /// <summary>Returns once a server listens on <paramref name="port"/> (10 s at most).</summary>
    internal static async Task WaitForPortAsync(int port)
    {
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new InvalidOperationException($"nats-server did not start listening on {port}");
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
