using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Viva.Web.Hosting;

namespace Viva.Web.Notifications;

/// <summary>
/// Notifications by e-mail through the configured SMTP server (MailKit). Mail is a convenience: every link it
/// carries is also shown in the app, so a failure is logged and reported to the caller, never thrown.
/// </summary>
internal sealed class Mailer(VivaWebOptions options, ILogger<Mailer> logger)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    /// <summary>Sends a plain-text message; null when it was accepted by the server, else one line saying why not.</summary>
    public async Task<string?> SendAsync(string toName, string toAddress, string subject, string text, CancellationToken cancellationToken)
    {
        var server = options.Smtp!;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.MailFrom!));
        message.To.Add(new MailboxAddress(toName, toAddress));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = text };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
            var security = server.Scheme == "smtps" ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable;
            await client.ConnectAsync(server.Host, server.IsDefaultPort ? (server.Scheme == "smtps" ? 465 : 587) : server.Port, security, timeout.Token);
            if (server.UserInfo is { Length: > 0 } user)
            {
                var (name, password) = user.Split(':', 2) is [var n, var p] ? (n, p) : (user, "");
                await client.AuthenticateAsync(Uri.UnescapeDataString(name), Uri.UnescapeDataString(password), timeout.Token);
            }
            await client.SendAsync(message, timeout.Token);
            await client.DisconnectAsync(quit: true, timeout.Token);
            return null;
        }
        catch (Exception e) when (e is IOException or SmtpCommandException or SmtpProtocolException or AuthenticationException or SslHandshakeException
            or System.Net.Sockets.SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("mail to {Address} ({Subject}) not sent: {Reason}", toAddress, subject, e.Message);
            return e.Message;
        }
    }
}
