using System.Text;
using Viva.Core.Bank;

namespace Viva.Core.Interchange.Gift;

/// <summary>
/// The Markdown shapes Viva's GIFT export gives a question's parts, read back from a GIFT or Moodle text: list items
/// for key points and pitfalls, a ```python block and its ```output for examples and predict items.
/// </summary>
internal static class GiftMarkdown
{
    public static string FirstLine(string text)
    {
        var line = text.Split('\n')[0].Trim();
        return line.Length > 80 ? line[..80] : line;
    }

    /// <summary>Markdown list items: a line starting with '- ' opens one, indented lines continue it.</summary>
    public static List<string> Bullets(string text)
    {
        var items = new List<StringBuilder>();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("- ", StringComparison.Ordinal))
                items.Add(new StringBuilder(line[2..]));
            else if (items.Count > 0)
                items[^1].Append('\n').Append(line.StartsWith("  ", StringComparison.Ordinal) ? line[2..] : line);
            else if (line.Trim().Length > 0)
                items.Add(new StringBuilder(line.Trim()));
        }
        return items.Select(b => b.ToString().TrimEnd('\n')).ToList();
    }

    /// <summary>Prose, then a ```python block, then optionally an ```output block.</summary>
    public static (string Prose, string? Code, string? Output) SplitCode(string markdown)
    {
        var lines = markdown.Split('\n');
        var blocks = MarkdownBlock.Split(lines, 0, lines.Length, (_, _) => { });
        var code = blocks.FindIndex(b => b is { Kind: MarkdownBlockKind.Fence, Info: "python" });
        if (code < 0)
            return (markdown, null, null);
        var output = code + 1 < blocks.Count && blocks[code + 1] is { Kind: MarkdownBlockKind.Fence, Info: "output" } o ? o.Text : null;
        return (MarkdownBlock.Raw(lines, blocks[..code]), blocks[code].Text, output);
    }
}
