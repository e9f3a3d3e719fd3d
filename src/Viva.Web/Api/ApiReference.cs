using System.Net;
using System.Security.Cryptography;
using Scalar.AspNetCore;
using Viva.Web.Hosting;

namespace Viva.Web.Api;

/// <summary>
/// <c>/api-reference</c>: the OpenAPI document rendered by Scalar (its standalone bundle, shipped inside
/// the Scalar.AspNetCore package and served from here, so the page works offline), with schemas, examples
/// and a try-it panel that already carries the antiforgery token.
/// The page is our own small shell rather than the package's MapScalarApiReference page: that page starts
/// Scalar from an inline script (it would need a script nonce) and has no <c>lang</c>; this one loads only
/// scripts from this origin, so the path keeps <c>script-src 'self'</c> and only its styles are relaxed
/// (<see cref="Security"/>).
/// </summary>
internal static class ApiReference
{
    public const string Path = "/api-reference";
    private const string BundlePath = Path + "/scalar.js";
    private const string BundleResource = "ScalarStaticAssets.scalar.js";

    /// <summary>The bundle as the package embeds it (gzip), and a hash of it for the cache-busting query.</summary>
    private static readonly Lazy<(byte[] Gzip, string Version)> Bundle = new(() =>
    {
        using var stream = typeof(ScalarOptions).Assembly.GetManifestResourceStream(BundleResource)
            ?? throw new InvalidOperationException($"Scalar.AspNetCore no longer embeds {BundleResource}: see Api/ApiReference.cs");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        return (bytes, Convert.ToHexStringLower(SHA256.HashData(bytes))[..10]);
    });

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext context) => TypedResults.Content(Shell(context), "text/html; charset=utf-8")).ExcludeFromDescription();
        app.MapGet(BundlePath, ServeBundle).ExcludeFromDescription();
        return app;
    }

    private static IResult ServeBundle(HttpContext context)
    {
        var (gzip, version) = Bundle.Value;
        var response = context.Response;
        if (context.Request.Query["v"] == version)
            response.Headers.CacheControl = "public, max-age=31536000, immutable";
        response.Headers.Vary = "Accept-Encoding";
        // Every browser accepts gzip; anything else gets the bundle unpacked.
        if (context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            response.Headers.ContentEncoding = "gzip";
            return TypedResults.Bytes(gzip, "text/javascript; charset=utf-8");
        }
        return TypedResults.Stream(new System.IO.Compression.GZipStream(new MemoryStream(gzip), System.IO.Compression.CompressionMode.Decompress), "text/javascript; charset=utf-8");
    }

    /// <summary>
    /// The page: our header, the element Scalar mounts into, and the scripts. Scalar gives each style
    /// element it injects the nonce in the <c>content</c> of the csp-nonce meta tag; its settings are in
    /// client/src/api-reference.js.
    /// </summary>
    private static string Shell(HttpContext context)
    {
        var nonce = context.CspNonce();
        var token = WebUtility.HtmlEncode(context.Csrf());
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <title>API reference · Viva</title>
                <meta name="csrf-token" content="{{token}}" />
                <meta property="csp-nonce" content="{{nonce}}" />
                <link rel="icon" href="data:," />
                <link rel="stylesheet" href="{{StaticAssets.Url("api-reference.css")}}" />
                <script src="{{BundlePath}}?v={{Bundle.Value.Version}}" defer></script>
                <script type="module" src="{{StaticAssets.Url("api-reference.js")}}"></script>
            </head>
            <body>
                <header class="viva-bar">
                    <nav aria-label="Main">
                        <a class="brand" href="/">Viva</a>
                        <span>API reference</span>
                        <a href="/openapi/v1.json">OpenAPI document (JSON)</a>
                    </nav>
                </header>
                <noscript><p class="viva-noscript">The interactive reference needs JavaScript. The API is described by
                    <a href="/openapi/v1.json">/openapi/v1.json</a> (OpenAPI 3.1).</p></noscript>
                <!-- Empty: Scalar (Vue) would try to hydrate anything in it. -->
                <div id="app"></div>
            </body>
            </html>
            """;
    }
}
