using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Viva.Cli.Check;
using Viva.Cli.Shared;
using Viva.Web.Hosting;

namespace Viva.Cli.Serve;

/// <summary><c>viva serve</c>: the web study room on 127.0.0.1 (local single-user mode, no login).</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { HelpName = "n", Description = "The loopback port to listen on (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var db = CommonOptions.Database();
        var bank = CommonOptions.Bank();
        var command = new Command("serve", "Start the web app on 127.0.0.1 and print its URL; Ctrl-C stops it.") { port, db, bank };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(port) is < 0 or > 65535)
                return CliError.Fail("--port: must be 0-65535");
            await using var app = VivaWebApp.Create(new VivaWebOptions
            {
                Port = parse.GetValue(port),
                BankPaths = BankLocation.OrDefault(parse.GetValue(bank)),
                Database = parse.GetValue(db),
            });
            string url;
            try
            {
                url = await VivaWebApp.StartAsync(app, cancellationToken: ct);
            }
            catch (SqliteException e)
            {
                return CliError.Fail($"cannot use the database: {e.Message} (the file was left untouched; move it aside or pass --db)");
            }
            catch (NpgsqlException e)
            {
                return CliError.Fail($"cannot reach PostgreSQL: {e.Message}");
            }
            catch (IOException e)
            {
                return CliError.Fail($"cannot listen on 127.0.0.1:{parse.GetValue(port)}: {e.Message} (pass --port)");
            }
            Console.WriteLine($"Viva is running at {url}  (Ctrl-C stops it)");
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}
