using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Viva.Web.Hosting;

/// <summary>
/// The antiforgery request token for a response. Minting one costs more than writing a whole cached page
/// (data protection decrypts the cookie token and encrypts a new request token, ~65 µs measured), and a
/// request token stays valid for as long as its cookie does; so the token minted for a valid cookie is
/// remembered and handed out again to later responses carrying the same cookie. Responses are never
/// compressed, so repeating a token in them leaks nothing (BREACH needs compression). A signed-in user's
/// token also binds the user (by their id claim), so it is remembered under the cookie and the user id.
/// </summary>
internal sealed class CsrfTokens(IAntiforgery antiforgery, IOptions<AntiforgeryOptions> options)
{
    /// <summary>Enough for every browser of a classroom; beyond it the map starts over rather than grow.</summary>
    private const int MaxRemembered = 4096;
    private readonly string _cookieName = options.Value.Cookie.Name!;
    private readonly ConcurrentDictionary<string, string> _byCookie = new(StringComparer.Ordinal);

    public string RequestToken(HttpContext context)
    {
        var key = KeyOf(context);
        if (key is not null && _byCookie.TryGetValue(key, out var remembered))
        {
            // What GetAndStoreTokens would set: a page holding a token must not be stored by a cache.
            context.Response.Headers.CacheControl = "no-cache, no-store";
            context.Response.Headers.Pragma = "no-cache";
            return remembered;
        }
        var tokens = antiforgery.GetAndStoreTokens(context);
        // CookieToken is null when the request's cookie was valid and kept; otherwise a new cookie is on its way.
        if (key is not null && tokens.CookieToken is null)
        {
            if (_byCookie.Count >= MaxRemembered)
                _byCookie.Clear();
            _byCookie[key] = tokens.RequestToken!;
        }
        return tokens.RequestToken!;
    }

    /// <summary>
    /// The request's antiforgery cookie, with the user's id when signed in: a browser keeps its cookie
    /// across a sign-in, and a token minted for nobody (or for someone else) must not be handed to them.
    /// </summary>
    private string? KeyOf(HttpContext context)
    {
        if (context.Request.Cookies[_cookieName] is not { } cookie)
            return null;
        if (context.User.Identity?.IsAuthenticated != true)
            return cookie;
        return context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId ? cookie + "\n" + userId : null;
    }
}
