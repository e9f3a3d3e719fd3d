using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.FileProviders;

namespace Viva.Web.Hosting;

/// <summary>
/// Serves the bundled client (wwwroot next to the assembly) with long caching; pages link each file
/// with a content hash in the query, so a new build is never hidden behind a cached old one.
/// </summary>
internal static class StaticAssets
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "wwwroot");
    private static readonly ConcurrentDictionary<string, string> Versions = new();

    /// <summary>Whether the path names a file of the bundle (which holds no user data).</summary>
    public static bool Exists(PathString path) =>
        path.Value is { Length: > 1 } p && !p.Contains("..", StringComparison.Ordinal) && File.Exists(Path.Combine(Root, p.TrimStart('/')));

    public static IApplicationBuilder UseVivaStaticFiles(this IApplicationBuilder app)
    {
        if (!Directory.Exists(Root))
            return app;
        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Root),
            OnPrepareResponse = c =>
            {
                if (c.Context.Request.Query.ContainsKey("v"))
                    c.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            },
        });
    }

    /// <summary>The URL of a bundled file, e.g. <c>/app.js?v=1a2b3c4d</c>.</summary>
    public static string Url(string file) => "/" + file + "?v=" + Versions.GetOrAdd(file, f =>
    {
        var path = Path.Combine(Root, f);
        if (!File.Exists(path))
            return "missing";
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..10];
    });
}
