using System.Security.Cryptography;
using Viva.Web.Api;

namespace Viva.Web.Hosting;

/// <summary>
/// Headers every response carries: a strict Content-Security-Policy (scripts only from this origin,
/// styles from this origin or with the per-response nonce CodeMirror uses), no framing, no sniffing,
/// no referrer; and a Host check so a DNS-rebinding page cannot talk to the loopback server.
/// </summary>
internal static class Security
{
    private const string NonceKey = "viva.csp-nonce";

    public static IServiceCollection AddSecurity(this IServiceCollection services)
    {
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "RequestVerificationToken";
            o.Cookie.Name = ".viva.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddSingleton<CsrfTokens>();
        return services;
    }

    [ThreadStatic] private static byte[]? t_random;
    [ThreadStatic] private static int t_used;

    /// <summary>
    /// 128 bits from the system CSPRNG, drawn 4 KiB at a time per thread: one OpenSSL call per request
    /// cost ~5% of a cached page's CPU in a profile.
    /// </summary>
    private static string NewNonce()
    {
        if (t_random is null || t_used == t_random.Length)
        {
            t_random ??= new byte[4096];
            RandomNumberGenerator.Fill(t_random);
            t_used = 0;
        }
        var nonce = Convert.ToBase64String(t_random, t_used, 16);
        // Used bytes are wiped so a later reader of this memory cannot recover earlier nonces.
        Array.Clear(t_random, t_used, 16);
        t_used += 16;
        return nonce;
    }

    /// <summary>The nonce of this response's CSP, for the page to hand to CodeMirror.</summary>
    public static string CspNonce(this HttpContext context) => context.Items[NonceKey] as string ?? "";

    /// <summary>
    /// The two style elements Scalar 3.0.0 adds without its nonce (its toast styles and its base theme),
    /// by hash; <c>ApiReferenceTests</c> prints the new ones when an upgrade changes them.
    /// </summary>
    private const string ScalarStyleHashes = "'sha256-l/2OpPg0d+2VLTLgwjf5mQo2CYwHDEqdj5TjbfEyVJI=' 'sha256-T13Uev3xCax2N28XaoAE8DOzQZKvPp7ZQVAi1iRREjo='";

    /// <summary>
    /// The API reference runs Scalar, which needs more than the pages, and gets only that: scripts stay
    /// 'self' (no inline script, no eval: the one eval it tries is zod's feature probe, which falls back);
    /// style elements need the nonce (Scalar copies it from the csp-nonce meta tag) or one of two known
    /// hashes; style attributes are allowed, because Scalar writes computed ones (line counts, measuring
    /// boxes) into its markup and no list of hashes could cover them. That is the trade-off: an injected
    /// style attribute could restyle this one page, but could not run script, load from elsewhere (img,
    /// font and connect stay 'self') or read anything, and the page shows only our own OpenAPI document.
    /// 'report-sample' lets the test tell the probe from a real eval.
    /// </summary>
    private static string ApiReferencePolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'report-sample'; style-src 'self' 'nonce-{nonce}'; " +
        $"style-src-elem 'self' 'nonce-{nonce}' {ScalarStyleHashes} 'report-sample'; style-src-attr 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, bool loopbackHostsOnly) => app.Use(async (context, next) =>
    {
        var host = context.Request.Host.Host;
        if (loopbackHostsOnly && host is not ("localhost" or "127.0.0.1" or "[::1]" or "::1"))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("viva serves loopback host names only (localhost, 127.0.0.1)");
            return;
        }
        var nonce = NewNonce();
        context.Items[NonceKey] = nonce;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ApiReference.Path)
            ? ApiReferencePolicy(nonce)
            : $"default-src 'self'; script-src 'self'; style-src 'self' 'nonce-{nonce}'; img-src 'self' data:; connect-src 'self'; " +
              "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        await next(context);
    });
}
