using System.CommandLine;
using Microsoft.Extensions.Logging;
using NATS.Client.Core;
using Viva.Cli.Shared;
using Viva.Data;
using Viva.Sandbox;
using Viva.Web.Dispatch;

namespace Viva.Cli.Worker;

/// <summary>
/// <c>viva worker</c>: a sandbox worker of a scaled-out Viva. It takes runs from the NATS JetStream work queue that
/// <c>viva serve --nats</c> nodes publish to, runs them in its own warm pool, and stores each result in the shared
/// database. Its NATS credentials stay in this process: sandboxes get no network and no environment.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var slots = new Option<int>("--slots") { HelpName = "n", Description = "Runs at once (its warm pool's size).", DefaultValueFactory = _ => Math.Max(2, Environment.ProcessorCount) };
        var nats = CommonOptions.Nats("The NATS server (JetStream) the web nodes publish runs to");
        var db = CommonOptions.Database();
        var command = new Command("worker", "Run sandboxed code for `viva serve --nats` nodes: take runs from NATS JetStream, store results in the database; Ctrl-C stops it after the runs in hand.") { slots, nats, db };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(slots) is < 1 or > 256)
                return CliError.Fail("--slots: must be 1-256");
            if (!CommonOptions.TryNatsUrl(parse.GetValue(nats), out var natsUrl) || natsUrl is null)
                return CliError.Fail("--nats: a nats://host:port URL is needed (or $VIVA_NATS)");
            var connection = parse.GetValue(db);
            var installed = PythonInterpreter.Installed();
            if (installed.Count == 0)
                return CliError.Fail("no CPython found on this machine");
            await using (var probe = VivaDatabase.Create(connection))
            {
                if (!await probe.Database.CanConnectAsync(ct))
                    return CliError.Fail("cannot open the database (pass --db: the one the web nodes use)");
            }
            var name = $"{Environment.MachineName}:{Environment.ProcessId}";
            using var logs = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
            await using var natsConnection = new NatsConnection(new NatsOpts { Url = natsUrl.ToString(), Name = "viva-worker " + name });
            try
            {
                await natsConnection.ConnectAsync();
            }
            catch (NatsException e)
            {
                return CliError.Fail($"cannot reach NATS at {natsUrl.Host}:{natsUrl.Port}: {e.Message}");
            }
            await using var worker = new RunWorker(natsConnection, () => VivaDatabase.Create(connection), installed, parse.GetValue(slots), name, TimeProvider.System, logs.CreateLogger("viva.worker"));
            Console.WriteLine($"viva worker {name}: {parse.GetValue(slots)} slot(s), Python {string.Join(", ", installed.Select(p => p.Version.ToString(2)))}, taking runs from {new UriBuilder(natsUrl) { UserName = "", Password = "" }.Uri}  (Ctrl-C stops it)");
            await worker.RunAsync(DispatchStream.DefaultQueueLimit, ct);
            return 0;
        });
        return command;
    }
}
