using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Viva.Web.Tests.Infrastructure;

/// <summary>A real SMTP server on a free loopback port (the SmtpServer package) that keeps every message it accepts.</summary>
public sealed class MailCatcher : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public MailCatcher()
    {
        // A free port: bind to 0, read it, let go (the SMTP server binds it right after).
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var provider = new SmtpServer.ComponentModel.ServiceProvider();
        provider.Add(new Store(Messages));
        _serving = new SmtpServer.SmtpServer(options, provider).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    /// <summary>The first message to the address whose subject contains the text, waiting up to the timeout for it.</summary>
    public async Task<MimeMessage> WaitForAsync(string to, string subject, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            if (Messages.FirstOrDefault(m => m.To.Mailboxes.Any(b => b.Address == to) && (m.Subject ?? "").Contains(subject, StringComparison.Ordinal)) is { } found)
                return found;
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"no message to {to} about '{subject}' in {timeout}; got: {string.Join("; ", Messages.Select(m => m.To + " " + m.Subject))}");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
