using System.Collections.Concurrent;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Viva.Web.Hosting;

/// <summary>
/// The antiforgery request token for a response. Minting one costs more than writing a whole cached page
/// (data protection decrypts the cookie token and encrypts a new request token, ~65 µs measured), and a
/// request token stays valid for as long as its cookie does; so the token minted for a valid cookie is
/// remembered and handed out again to later responses carrying the same cookie. Responses are never
/// compressed, so repeating a token in them leaks nothing (BREACH needs compression). Signed-in users are
/// not remembered: their tokens also bind the user.
/// </summary>
internal sealed class CsrfTokens(IAntiforgery antiforgery, IOptions<AntiforgeryOptions> options)
{
    /// <summary>Enough for every browser of a classroom; beyond it the map starts over rather than grow.</summary>
    private const int MaxRemembered = 4096;
    private readonly string _cookieName = options.Value.Cookie.Name!;
    private readonly ConcurrentDictionary<string, string> _byCookie = new(StringComparer.Ordinal);

    public string RequestToken(HttpContext context)
    {
        var cookie = context.Request.Cookies[_cookieName];
        var signedIn = context.User.Identity?.IsAuthenticated == true;
        // A browser keeps its antiforgery cookie across a sign-in, and the token remembered from before it
        // names nobody: a signed-in request never gets a remembered token.
        if (cookie is not null && !signedIn && _byCookie.TryGetValue(cookie, out var remembered))
        {
            // What GetAndStoreTokens would set: a page holding a token must not be stored by a cache.
            context.Response.Headers.CacheControl = "no-cache, no-store";
            context.Response.Headers.Pragma = "no-cache";
            return remembered;
        }
        var tokens = antiforgery.GetAndStoreTokens(context);
        // CookieToken is null when the request's cookie was valid and kept; otherwise a new cookie is on its way.
        if (cookie is not null && tokens.CookieToken is null && !signedIn)
        {
            if (_byCookie.Count >= MaxRemembered)
                _byCookie.Clear();
            _byCookie[cookie] = tokens.RequestToken!;
        }
        return tokens.RequestToken!;
    }
}
