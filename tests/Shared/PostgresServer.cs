using System.Diagnostics;
using Npgsql;

namespace Viva.Tests.Shared;

/// <summary>
/// A throwaway PostgreSQL server for the test run: Debian's binaries, a cluster in a temporary
/// directory, reachable only through a Unix socket there (no TCP port), stopped and deleted at the end.
/// PostgreSQL refuses to run as root, so as root it runs as the "postgres" user the package creates. A durable server
/// (for benchmarks) flushes each commit to disk as a production server does.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private bool _durable;

    /// <summary>
    /// A server that flushes each commit to disk, as deployed (for benchmarks). The tests' own server (the xUnit fixture,
    /// which needs the one parameterless constructor) has fsync off: durability is the server's business, not theirs.
    /// </summary>
    public static PostgresServer Durable() => new() { _durable = true };

    private readonly string _dir = Directory.CreateTempSubdirectory("viva-pg-").FullName;
    private string _bin = "";
    private int _databases;

    private string DataDir => Path.Combine(_dir, "data");

    // The socket lives in this run's own directory, so a fixed port number cannot collide.
    private const int Port = 15432;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"viva_test_{Interlocked.Increment(ref _databases)}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task InitializeAsync()
    {
        _bin = Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
            .Select(d => Path.Combine(d, "bin")).LastOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException("PostgreSQL is not installed (scripts/install-deps.sh installs Debian's postgresql)");
        if (Environment.UserName == "root")
            await RunAsync("chown", "postgres:", _dir);
        await RunAsPostgresAsync(Path.Combine(_bin, "initdb"), "-D", DataDir, "-A", "trust", "-U", "viva", "-E", "UTF8", "--no-sync", "--no-instructions");
        await StartAsync();
    }

    /// <summary>Stops the server as an outage would, without waiting for clients (a fault drill).</summary>
    public Task StopAsync() =>
        RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", DataDir, "-m", "fast", "-w", "stop");

    /// <summary>Starts the server (again, after a stop).</summary>
    public Task StartAsync() =>
        RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", DataDir, "-w", "-l", Path.Combine(_dir, "log"), "-o",
            $"-k {_dir} -p {Port} -c listen_addresses=''" + (_durable ? "" : " -c fsync=off -c full_page_writes=off"), "start");

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", DataDir, "-m", "immediate", "stop");
        Directory.Delete(_dir, recursive: true);
    }

    private string ConnectionString(string database) => $"Host={_dir};Port={Port};Username=viva;Database={database}";

    private static Task RunAsPostgresAsync(string program, params string[] args) =>
        Environment.UserName == "root" ? RunAsync("runuser", ["-u", "postgres", "--", program, .. args]) : RunAsync(program, args);

    private static async Task RunAsync(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {process.ExitCode}: {await output}{await errors}");
    }
}
