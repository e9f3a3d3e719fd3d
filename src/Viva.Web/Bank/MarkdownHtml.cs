using System.Collections.Concurrent;
using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Components;

namespace Viva.Web.Bank;

/// <summary>
/// Bank Markdown to HTML: Markdig renders, HtmlSanitizer then removes anything executable, because a
/// user may add a bank (<c>--bank DIR</c>) written by someone else. Results are cached: the bank is immutable.
/// </summary>
internal sealed class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().UseAutoLinks().Build();
    private readonly HtmlSanitizer _sanitizer = new();
    private readonly ConcurrentDictionary<string, MarkupString> _cache = new();

    public MarkdownHtml() => _sanitizer.AllowedAttributes.Add("class");

    /// <summary>One paragraph without its &lt;p&gt;, for labels and legends (which take phrasing content only).</summary>
    public MarkupString RenderInline(string markdown)
    {
        var html = Render(markdown).Value.Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? new MarkupString(html[3..^4])
            : new MarkupString(html);
    }

    public MarkupString Render(string markdown) =>
        _cache.GetOrAdd(markdown, m => new MarkupString(_sanitizer.Sanitize(Markdown.ToHtml(m, Pipeline))));
}
