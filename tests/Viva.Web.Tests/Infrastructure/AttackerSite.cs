using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Viva.Web.Tests.Infrastructure;

/// <summary>
/// Another origin for cross-site request forgery tests: a second Kestrel on a free loopback port serving an
/// empty page, in which a test runs the attacker's script. Reached as <see cref="SameSiteOrigin"/> (127.0.0.1,
/// another port: the same site as the app, so even its SameSite=Strict cookies ride along and only the
/// antiforgery token stands in the way) or as <see cref="CrossSiteOrigin"/> (localhost, another site: the
/// browser sends no session cookie).
/// </summary>
public sealed class AttackerSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly int _port;

    private AttackerSite(WebApplication app, int port)
    {
        _app = app;
        _port = port;
    }

    public string SameSiteOrigin => $"http://127.0.0.1:{_port}";

    public string CrossSiteOrigin => $"http://localhost:{_port}";

    public static async Task<AttackerSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync("<!doctype html><title>You have won a prize</title><p>Claiming it…</p>");
        });
        await app.StartAsync();
        return new AttackerSite(app, new Uri(app.Urls.First()).Port);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
