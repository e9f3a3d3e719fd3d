using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace Viva.Web.Hosting;

/// <summary>
/// A question page is the same for every user but for the values in <see cref="RequestValues"/> (its
/// rating buttons fetch their intervals, the only per-user part, after load), and the bank does not change
/// while the server runs. So each question page is rendered once, as a template with holes, and every
/// later GET gets the template with its own nonce, token and time written in: a memory copy instead of a
/// Razor render (~1 ms). Requests with a query string (the "saved" notice) and posts render as usual.
/// </summary>
internal sealed class PageTemplates
{
    /// <summary>Well above any bank; paths are user-chosen, so what is kept must be bounded.</summary>
    private const int MaxTemplates = 4096;
    private readonly ConcurrentDictionary<string, Template> _templates = new(StringComparer.Ordinal);

    private sealed record Template(int StatusCode, string ContentType, byte[][] Segments, RequestValues.Hole[] Holes)
    {
        public int SegmentBytes { get; } = Segments.Sum(s => s.Length);
    }

    public static bool Serves(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.QueryString.HasValue &&
        request.Path.StartsWithSegments("/questions", out var rest) && rest.Value is ['/', .. var id] && id.Length > 0 && !id.Contains('/');

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!Serves(context.Request))
        {
            await next(context);
            return;
        }
        var path = context.Request.Path.Value!;
        if (!_templates.TryGetValue(path, out var template))
        {
            template = await RenderAsync(context, next);
            if (template is null)
                return;
            if (template.StatusCode == StatusCodes.Status200OK && _templates.Count < MaxTemplates)
                _templates.TryAdd(path, template);
        }
        await WriteAsync(context, template);
    }

    /// <summary>Renders the page with markers in its holes; null when the response is not an HTML page.</summary>
    private static async Task<Template?> RenderAsync(HttpContext context, RequestDelegate next)
    {
        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        RequestValues.RenderAsTemplate(context, true);
        try
        {
            await next(context);
        }
        finally
        {
            RequestValues.RenderAsTemplate(context, false);
            context.Response.Body = body;
        }
        var contentType = context.Response.ContentType;
        if (contentType is null || !contentType.StartsWith("text/html", StringComparison.Ordinal))
        {
            // Not a page (a redirect, an error without a body): pass it on as it came.
            buffer.Position = 0;
            await buffer.CopyToAsync(body, context.RequestAborted);
            return null;
        }
        var html = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        var segments = new List<byte[]>();
        var holes = new List<RequestValues.Hole>();
        var start = 0;
        for (var (at, hole) = RequestValues.FindMarker(html, 0); at >= 0; (at, hole) = RequestValues.FindMarker(html, start))
        {
            segments.Add(Encoding.UTF8.GetBytes(html[start..at]));
            holes.Add(hole);
            start = at + RequestValues.Marker(hole).Length;
        }
        segments.Add(Encoding.UTF8.GetBytes(html[start..]));
        return new Template(context.Response.StatusCode, contentType, [.. segments], [.. holes]);
    }

    private static async Task WriteAsync(HttpContext context, Template template)
    {
        // Each kind of hole is filled once: every form of the page carries the same token. Values are
        // base64 or digits, so they need no HTML encoding.
        var values = new string?[RequestValues.HoleCount];
        var length = template.SegmentBytes;
        foreach (var hole in template.Holes)
            length += Encoding.UTF8.GetByteCount(values[(int)hole] ??= RequestValues.Fill(context, hole));

        // One write of the whole page: Kestrel takes a lock per write, which showed in profiles when the
        // segments were written one by one.
        var page = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var at = 0;
            for (var i = 0; i < template.Segments.Length; i++)
            {
                template.Segments[i].CopyTo(page, at);
                at += template.Segments[i].Length;
                if (i < template.Holes.Length)
                    at += Encoding.UTF8.GetBytes(values[(int)template.Holes[i]]!, page.AsSpan(at));
            }
            var response = context.Response;
            response.StatusCode = template.StatusCode;
            response.ContentType = template.ContentType;
            response.ContentLength = length;
            response.Headers.CacheControl = "no-cache, no-store";
            await response.Body.WriteAsync(page.AsMemory(0, length), context.RequestAborted);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(page);
        }
    }
}
