using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace Viva.Web.Hosting;

/// <summary>
/// A question page is the same for every user but for the values in <see cref="RequestValues"/> (its
/// rating buttons fetch their intervals, the only per-user part, after load), and the bank does not change
/// while the server runs. So each question page is rendered once, as a template with holes, and every
/// later GET gets the template with its own nonce, token and time written in, and each choice item's
/// option fragments written in its learner's order: a memory copy instead of a Razor render (~1 ms).
/// Requests with a query string (the "saved" notice) and posts render as usual.
/// </summary>
internal sealed class PageTemplates
{
    /// <summary>Well above any bank; paths are user-chosen, so what is kept must be bounded.</summary>
    private const int MaxTemplates = 4096;
    private readonly ConcurrentDictionary<string, Template> _templates = new(StringComparer.Ordinal);

    /// <summary>Segments with a gap between each two: <c>Segments.Length == Gaps.Length + 1</c>.</summary>
    private sealed record Template(int StatusCode, string ContentType, byte[][] Segments, Gap[] Gaps)
    {
        /// <summary>Everything but the per-response values: options change order, never length.</summary>
        public int FixedBytes { get; } = Segments.Sum(s => s.Length) + Gaps.Sum(g => g.Options?.Bytes ?? 0);

        public bool HasOptions { get; } = Gaps.Any(g => g.Options is not null);
    }

    /// <summary>What goes between two segments: a per-response value, or one choice item's options.</summary>
    private sealed record Gap(RequestValues.Hole? Hole, OptionGroup? Options);

    /// <summary>A choice item's options as rendered, each with its id, in file order.</summary>
    private sealed record OptionGroup(string[] Ids, byte[][] Fragments)
    {
        public int Bytes { get; } = Fragments.Sum(f => f.Length);
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
            template = await RenderAsync(context, next, path);
            if (template is null)
                return;
            if (template.StatusCode == StatusCodes.Status200OK && _templates.Count < MaxTemplates)
                _templates.TryAdd(path, template);
        }
        await WriteAsync(context, template);
    }

    /// <summary>Renders the page with markers in its holes; null when the response is not an HTML page.</summary>
    private static async Task<Template?> RenderAsync(HttpContext context, RequestDelegate next, string path)
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
        var gaps = new List<Gap>();
        var start = 0;
        while (RequestValues.FindMarker(html, start) is { } marker)
        {
            segments.Add(Encoding.UTF8.GetBytes(html[start..marker.Index]));
            if (marker.Hole is { } hole)
            {
                gaps.Add(new Gap(hole, null));
                start = marker.Index + marker.Length;
                continue;
            }
            // An item's options: each runs from its marker to the next option's marker or the end marker.
            var ids = new List<string>();
            var fragments = new List<byte[]>();
            var option = marker;
            while (true)
            {
                if (option.OptionId is null)
                    throw new InvalidOperationException($"{path}: an options-end marker without options");
                var after = RequestValues.FindMarker(html, option.Index + option.Length)
                    ?? throw new InvalidOperationException($"{path}: a choice item's options are not closed");
                if (after.Hole is not null)
                    throw new InvalidOperationException($"{path}: a per-response value inside a choice option");
                ids.Add(option.OptionId);
                fragments.Add(Encoding.UTF8.GetBytes(html[(option.Index + option.Length)..after.Index]));
                if (after.EndsOptions)
                {
                    start = after.Index + after.Length;
                    break;
                }
                option = after;
            }
            gaps.Add(new Gap(null, new OptionGroup([.. ids], [.. fragments])));
        }
        segments.Add(Encoding.UTF8.GetBytes(html[start..]));
        return new Template(context.Response.StatusCode, contentType, [.. segments], [.. gaps]);
    }

    private static async Task WriteAsync(HttpContext context, Template template)
    {
        // Each kind of hole is filled once: every form of the page carries the same token. Values are
        // base64 or digits, so they need no HTML encoding.
        var values = new string?[RequestValues.HoleCount];
        var length = template.FixedBytes;
        foreach (var gap in template.Gaps)
        {
            if (gap.Hole is { } hole)
                length += Encoding.UTF8.GetByteCount(values[(int)hole] ??= RequestValues.Fill(context, hole));
        }
        // Asked for before the body is written: a first visit gets its learner cookie with this response.
        var order = template.HasOptions ? context.OptionOrder() : null;

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
                if (i == template.Gaps.Length)
                    break;
                if (template.Gaps[i] is { Hole: { } hole })
                {
                    at += Encoding.UTF8.GetBytes(values[(int)hole]!, page.AsSpan(at));
                    continue;
                }
                var options = template.Gaps[i].Options!;
                foreach (var shown in order!.Permutation(options.Ids))
                {
                    options.Fragments[shown].CopyTo(page, at);
                    at += options.Fragments[shown].Length;
                }
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
