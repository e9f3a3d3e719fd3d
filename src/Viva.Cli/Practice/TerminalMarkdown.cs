using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Viva.Cli.Practice;

/// <summary>
/// Bank Markdown drawn for the terminal with Spectre.Console: bold and italic as such, inline code in a
/// colour of its own, lists with hanging indents, fenced code verbatim in a box. Every piece of bank
/// text is escaped, so a '[' in it (a Python list, a subscript) can never be read as Spectre markup.
/// </summary>
internal static class TerminalMarkdown
{
    /// <summary>How inline code looks: a colour that reads on light and dark terminals alike.</summary>
    public const string CodeStyle = "aqua";

    // The web's extensions minus tables, which the bank does not use in prose.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseEmphasisExtras().UseAutoLinks().Build();

    /// <summary>A whole Markdown text (a question, a model answer) as blocks one under another.</summary>
    public static IRenderable Render(string markdown) => Blocks(Markdown.Parse(markdown, Pipeline), spaced: true);

    /// <summary>One line of Markdown (a title, a choice option) as Spectre markup; block syntax is kept as text.</summary>
    public static string Inline(string markdown) =>
        Markdown.Parse(markdown, Pipeline) is [ParagraphBlock { Inline: { } inline }] ? Inlines(inline) : Markup.Escape(markdown);

    private static Rows Blocks(ContainerBlock container, bool spaced)
    {
        var rows = new List<IRenderable>();
        foreach (var block in container)
        {
            // Paragraphs are separated by a blank line, as on a page; the items of a tight list are not.
            if (spaced && rows.Count > 0)
                rows.Add(Text.Empty);
            rows.Add(Block(block));
        }
        return new Rows(rows);
    }

    private static IRenderable Block(Block block) => block switch
    {
        HeadingBlock { Inline: { } heading } => new Markup($"[bold underline]{Inlines(heading)}[/]"),
        ParagraphBlock { Inline: { } inline } => new Markup(Inlines(inline)),
        FencedCodeBlock fenced => Code(fenced, fenced.Info),
        CodeBlock code => Code(code, null),
        ListBlock list => List(list),
        QuoteBlock quote => Beside(new Markup("[grey]│[/]"), Blocks(quote, spaced: true)),
        ThematicBreakBlock => new Rule().RuleStyle("grey"),
        LeafBlock leaf => new Text(LeafText(leaf)),
        ContainerBlock other => Blocks(other, spaced: true),
        _ => Text.Empty,
    };

    /// <summary>Code kept byte for byte (no markup, no reflowing of its own line breaks), set off in a box.</summary>
    private static Panel Code(LeafBlock block, string? language)
    {
        var panel = new Panel(new Text(LeafText(block), new Style(Color.Aqua))).Border(BoxBorder.Rounded).BorderColor(Color.Grey);
        return string.IsNullOrWhiteSpace(language) ? panel : panel.Header($"[grey]{Markup.Escape(language)}[/]");
    }

    private static Grid List(ListBlock list)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn(new GridColumn().PadRight(0));
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? $"{number++}{list.OrderedDelimiter}" : "•";
            grid.AddRow(new Text(marker), Blocks(item, spaced: list.IsLoose));
        }
        return grid;
    }

    private static Grid Beside(IRenderable left, IRenderable right) =>
        new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn(new GridColumn().PadRight(0)).AddRow(left, right);

    private static string LeafText(LeafBlock block) =>
        string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(line => line.ToString()));

    private static string Inlines(ContainerInline container) => string.Concat(container.Select(InlineMarkup));

    private static string InlineMarkup(Inline inline) => inline switch
    {
        LiteralInline literal => Markup.Escape(literal.Content.ToString()),
        CodeInline code => $"[{CodeStyle}]{Markup.Escape(code.Content)}[/]",
        EmphasisInline { DelimiterChar: '~' } strike => $"[strikethrough]{Inlines(strike)}[/]",
        EmphasisInline { DelimiterCount: >= 2 } strong => $"[bold]{Inlines(strong)}[/]",
        EmphasisInline emphasis => $"[italic]{Inlines(emphasis)}[/]",
        AutolinkInline autolink => $"[underline]{Markup.Escape(autolink.Url)}[/]",
        // A terminal cannot follow a link, so its address is shown after its words.
        LinkInline link => $"{Inlines(link)} [grey]({Markup.Escape(link.Url ?? "")})[/]",
        LineBreakInline { IsHard: true } => "\n",
        LineBreakInline => " ",
        HtmlEntityInline entity => Markup.Escape(entity.Transcoded.ToString()),
        // Prose such as "<module>" is text to a reader, not HTML.
        HtmlInline html => Markup.Escape(html.Tag),
        ContainerInline container => Inlines(container),
        _ => Markup.Escape(inline.ToString() ?? ""),
    };
}
