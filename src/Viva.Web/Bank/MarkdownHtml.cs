using System.Runtime.CompilerServices;
using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Components;

namespace Viva.Web.Bank;

/// <summary>
/// Bank Markdown to HTML: Markdig renders, HtmlSanitizer then removes anything executable, because a
/// user may add a bank (<c>--bank DIR</c>) written by someone else. Results are cached per string
/// instance: the bank is immutable and hands out the same strings on every request, so a lookup costs
/// a reference comparison instead of hashing kilobytes of Markdown.
/// </summary>
internal sealed class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().UseAutoLinks().Build();
    private readonly HtmlSanitizer _sanitizer = new();
    private readonly ConditionalWeakTable<string, StrongBox<MarkupString>> _blocks = [];
    private readonly ConditionalWeakTable<string, StrongBox<MarkupString>> _inlines = [];

    public MarkdownHtml() => _sanitizer.AllowedAttributes.Add("class");

    public MarkupString Render(string markdown) =>
        _blocks.GetValue(markdown, m => new StrongBox<MarkupString>(new MarkupString(_sanitizer.Sanitize(Markdown.ToHtml(m, Pipeline))))).Value;

    /// <summary>One paragraph without its &lt;p&gt;, for labels and legends (which take phrasing content only).</summary>
    public MarkupString RenderInline(string markdown) => _inlines.GetValue(markdown, m =>
    {
        var html = Render(m).Value.Trim();
        return new StrongBox<MarkupString>(html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? new MarkupString(html[3..^4])
            : new MarkupString(html));
    }).Value;
}
