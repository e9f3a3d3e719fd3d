using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Viva.Cli.Check;
using Viva.Cli.Shared;
using Viva.Web.Hosting;

namespace Viva.Cli.Serve;

/// <summary><c>viva serve</c>: the web study room on 127.0.0.1 (local single-user mode, no login), or with accounts (<c>--multi-user</c>).</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { HelpName = "n", Description = "The port to listen on (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var multiUser = new Option<bool>("--multi-user") { Description = "Accounts and sign-in (viva user add makes the first); each person's study data is their own." };
        var listen = new Option<string>("--listen") { HelpName = "address", Description = "The IP address to listen on (default 127.0.0.1); any other needs --multi-user.", DefaultValueFactory = _ => "127.0.0.1" };
        var smtp = new Option<string?>("--smtp")
        {
            HelpName = "url",
            Description = "SMTP server for e-mail notifications, smtp://user:password@host:587 (STARTTLS when offered) or smtps://...:465 (default: $VIVA_SMTP; none: no mail, links show in the app).",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("VIVA_SMTP"),
        };
        var mailFrom = new Option<string?>("--mail-from") { HelpName = "address", Description = "The sender of notifications (needed with --smtp; default: $VIVA_MAIL_FROM).", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("VIVA_MAIL_FROM") };
        var publicUrl = new Option<string?>("--public-url") { HelpName = "url", Description = "The address people reach this server at (e.g. behind a TLS proxy), for links in e-mails." };
        var nats = CommonOptions.Nats("Run code on `viva worker` processes through this NATS server (JetStream) instead of this process's sandboxes");
        var db = CommonOptions.Database();
        var bank = CommonOptions.Bank();
        var command = new Command("serve", "Start the web app on 127.0.0.1 and print its URL; Ctrl-C stops it.") { port, multiUser, listen, smtp, mailFrom, publicUrl, nats, db, bank };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(port) is < 0 or > 65535)
                return CliError.Fail("--port: must be 0-65535");
            if (!System.Net.IPAddress.TryParse(parse.GetValue(listen), out var address))
                return CliError.Fail($"--listen: '{parse.GetValue(listen)}' is not an IP address");
            if (!parse.GetValue(multiUser) && !System.Net.IPAddress.IsLoopback(address))
                return CliError.Fail($"--listen {address}: a non-loopback address needs --multi-user (without accounts anyone on the network could read and change the data)");
            Uri? smtpUrl = null, publicUri = null;
            if (parse.GetValue(smtp) is { Length: > 0 } smtpText
                && (!Uri.TryCreate(smtpText, UriKind.Absolute, out smtpUrl) || smtpUrl.Scheme is not ("smtp" or "smtps") || smtpUrl.Host.Length == 0))
                return CliError.Fail($"--smtp: '{smtpText}' is not smtp://[user:password@]host[:port] or smtps://...");
            if (smtpUrl is not null && parse.GetValue(mailFrom)?.Contains('@', StringComparison.Ordinal) != true)
                return CliError.Fail("--mail-from: an address to send from is needed with --smtp");
            if (parse.GetValue(publicUrl) is { Length: > 0 } publicText && (!Uri.TryCreate(publicText, UriKind.Absolute, out publicUri) || publicUri.Scheme is not ("http" or "https")))
                return CliError.Fail($"--public-url: '{publicText}' is not an http(s) URL");
            if (!CommonOptions.TryNatsUrl(parse.GetValue(nats), out var natsUrl))
                return CliError.Fail($"--nats: '{parse.GetValue(nats)}' is not nats://host:port");
            await using var app = VivaWebApp.Create(new VivaWebOptions
            {
                Nats = natsUrl,
                Smtp = smtpUrl,
                MailFrom = parse.GetValue(mailFrom),
                PublicUrl = publicUri,
                Port = parse.GetValue(port),
                MultiUser = parse.GetValue(multiUser),
                ListenAddress = address,
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
                return CliError.Fail($"cannot listen on {address}:{parse.GetValue(port)}: {e.Message} (pass --port)");
            }
            Console.WriteLine($"Viva is running at {url}  (Ctrl-C stops it)");
            if (parse.GetValue(multiUser))
                Console.WriteLine("Multi-user mode: sign in at /account/sign-in; `viva user add EMAIL --role Admin` makes a first account. Cookies are Secure: serve it over HTTPS (a TLS proxy) anywhere but loopback.");
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}
