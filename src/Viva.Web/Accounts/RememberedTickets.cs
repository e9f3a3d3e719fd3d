using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;

namespace Viva.Web.Accounts;

/// <summary>
/// The session cookie's ticket format, remembering what a cookie decrypted to for a minute. Decrypting
/// it (a key derivation, an HMAC and AES for every request) was a fifth of a signed-in page's cost, and a
/// browser sends the same cookie on every request. Safe to reuse: the key is the whole cookie, so only its
/// holder can hit it; expiry is still checked by the cookie handler and the security stamp by
/// <see cref="SessionStamps"/> on every request; each request gets its own copy of the ticket.
/// </summary>
internal sealed class RememberedTickets(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>
{
    private const long KeepMs = 60_000;
    /// <summary>Far above the sessions one node serves at once; past it, the cache starts again.</summary>
    private const int MaxRemembered = 20_000;
    private readonly ConcurrentDictionary<string, (AuthenticationTicket Ticket, long AtMs)> _tickets = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null || purpose is not null)
            return inner.Unprotect(protectedText, purpose);
        var now = Environment.TickCount64;
        if (_tickets.TryGetValue(protectedText, out var known) && now - known.AtMs < KeepMs)
            return Copy(known.Ticket);
        var ticket = inner.Unprotect(protectedText);
        if (ticket is null)
            return null;
        if (_tickets.Count >= MaxRemembered)
            _tickets.Clear();
        _tickets[protectedText] = (ticket, now);
        return Copy(ticket);
    }

    private static AuthenticationTicket Copy(AuthenticationTicket ticket) =>
        new(ticket.Principal.Clone(), ticket.Properties.Clone(), ticket.AuthenticationScheme);
}
