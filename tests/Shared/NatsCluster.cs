using System.Diagnostics;
using System.Globalization;

namespace Viva.Tests.Shared;

/// <summary>
/// Three nats-servers (Debian's) with JetStream in one cluster on loopback, for drills that kill one of them. Clients
/// given one server's URL learn the others from it and reconnect there.
/// </summary>
public sealed class NatsCluster : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-nats-cluster-").FullName;
    private readonly Process?[] _servers = new Process?[3];
    private readonly int[] _ports = [NatsServer.FreePort(), NatsServer.FreePort(), NatsServer.FreePort()];
    private readonly int[] _routes = [NatsServer.FreePort(), NatsServer.FreePort(), NatsServer.FreePort()];

    public Uri Url(int server) => new($"nats://127.0.0.1:{_ports[server]}");

    public async Task InitializeAsync()
    {
        for (var i = 0; i < 3; i++)
            _servers[i] = Start(i);
        for (var i = 0; i < 3; i++)
            await NatsServer.WaitForPortAsync(_ports[i]);
        await Task.Delay(2000); // the servers find each other and elect a JetStream meta leader
    }

    private Process Start(int i)
    {
        const string binary = "/usr/sbin/nats-server";
        if (!File.Exists(binary))
            throw new InvalidOperationException("nats-server is not installed (scripts/install-deps.sh installs Debian's nats-server)");
        var routes = string.Join(',', _routes.Where((_, j) => j != i).Select(p => $"nats://127.0.0.1:{p}"));
        var process = Process.Start(new ProcessStartInfo(binary, ["-js", "-sd", Path.Combine(_dir, $"store{i}"), "-a", "127.0.0.1",
            "-p", _ports[i].ToString(CultureInfo.InvariantCulture), "-n", $"viva-{i}", "--cluster_name", "viva",
            "--cluster", $"nats://127.0.0.1:{_routes[i]}", "--routes", routes])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>SIGKILLs one server: no shutdown, its clients cut off mid-flight.</summary>
    public async Task KillAsync(int server)
    {
        if (_servers[server] is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async Task DisposeAsync()
    {
        for (var i = 0; i < 3; i++)
        {
            await KillAsync(i);
            _servers[i]?.Dispose();
        }
        Directory.Delete(_dir, recursive: true);
    }
}
