using System.Globalization;
using System.Text.RegularExpressions;

namespace Viva.Core.Bank;

/// <summary>Parsers for the plain sections of a question file; quiz and exercise have their own.</summary>
internal static partial class SectionParsers
{
    public static Section Prose(ParseContext cx, string field, List<MarkdownBlock> body, int headingLine)
    {
        if (body.Count == 0)
            cx.Error(headingLine, field, "section is empty");
        return new Section(cx.Raw(body), body.Count > 0 ? body[0].Line : headingLine);
    }

    public static List<KeyPoint> KeyPoints(ParseContext cx, List<MarkdownBlock> body)
    {
        var points = new List<KeyPoint>();
        foreach (var (line, text) in Bullets(cx, "Key points", body))
        {
            var m = WeightedPoint().Match(text);
            if (!m.Success)
            {
                cx.Error(line, "Key points", "each key point is '- [weight] text' with a weight from 1 to 5");
                continue;
            }
            points.Add(new KeyPoint(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Value, line));
        }
        return points;
    }

    public static List<Pitfall> Pitfalls(ParseContext cx, List<MarkdownBlock> body) =>
        Bullets(cx, "Pitfalls", body).Select(b => new Pitfall(b.Text, b.Line)).ToList();

    public static List<FollowUp> FollowUps(ParseContext cx, List<MarkdownBlock> body) =>
        Items(cx, "Follow-ups", body, 3)
            .Select(item =>
            {
                if (item.Body.Count == 0)
                    cx.Error(item.Heading.Line, "Follow-ups", $"'{item.Heading.Text}' has no answer");
                return new FollowUp(item.Heading.Text, cx.Raw(item.Body), item.Heading.Line);
            })
            .ToList();

    public static List<CodeExample> Examples(ParseContext cx, List<MarkdownBlock> body)
    {
        var examples = new List<CodeExample>();
        foreach (var (heading, blocks) in Items(cx, "Examples", body, 3))
        {
            var python = PythonMeta(cx, "Examples", blocks);
            var code = blocks.FindIndex(b => b is { Kind: MarkdownBlockKind.Fence, Info: "python" });
            if (code < 0 || code + 1 >= blocks.Count || blocks[code + 1] is not { Kind: MarkdownBlockKind.Fence, Info: "output" })
            {
                cx.Error(heading.Line, "Examples", $"'{heading.Text}' needs a ```python block followed by an ```output block");
                continue;
            }
            if (code + 2 < blocks.Count)
                cx.Error(blocks[code + 2].Line, "Examples", "nothing may follow the ```output block of an example");
            examples.Add(new CodeExample(heading.Text, python, cx.Raw(blocks[..code]),
                Code(blocks[code]), Code(blocks[code + 1]), heading.Line));
        }
        return examples;
    }

    public static CodeBlock Code(MarkdownBlock fence) => new(fence.Text, fence.Line);

    /// <summary>
    /// Reads the optional <c>&gt; python: RANGE</c> line that may open an item, removing it from <paramref name="blocks"/>.
    /// </summary>
    public static PythonRange PythonMeta(ParseContext cx, string field, List<MarkdownBlock> blocks)
    {
        var range = PythonRange.Any;
        if (blocks.Count > 0 && blocks[0].Kind == MarkdownBlockKind.Prose && blocks[0].Text.StartsWith(MetaPrefix, StringComparison.Ordinal))
        {
            var meta = blocks[0];
            blocks.RemoveAt(0);
            var next = meta.Start + 1;
            if (next <= meta.End && cx.Lines[next].Length > 0)
                cx.Error(meta.Line, field, "the '> python:' line must stand alone, followed by a blank line");
            while (next <= meta.End && cx.Lines[next].Length == 0)
                next++;
            if (next <= meta.End)
                blocks.Insert(0, meta with { Start = next, Text = string.Join('\n', cx.Lines[next..(meta.End + 1)]) });
            if (!PythonRange.TryParse(cx.Lines[meta.Start][MetaPrefix.Length..].Trim(), out range, out var error))
                cx.Error(meta.Line, field, error);
        }
        // A version line anywhere else would be shown as text and silently not gate the item.
        foreach (var block in blocks.Where(b => b.Kind == MarkdownBlockKind.Prose))
        {
            for (var i = block.Start; i <= block.End; i++)
            {
                if (cx.Lines[i].StartsWith(MetaPrefix, StringComparison.Ordinal))
                    cx.Error(i + 1, field, "a '> python:' line must come first, right after the item's heading");
            }
        }
        return range;
    }

    private const string MetaPrefix = "> python:";

    /// <summary>Splits a section into items, each opening with a heading of <paramref name="level"/>.</summary>
    public static List<(MarkdownBlock Heading, List<MarkdownBlock> Body)> Items(ParseContext cx, string field, List<MarkdownBlock> body, int level)
    {
        var items = new List<(MarkdownBlock, List<MarkdownBlock>)>();
        List<MarkdownBlock>? current = null;
        foreach (var block in body)
        {
            if (block.Kind == MarkdownBlockKind.Heading && block.HeadingLevel == level)
                items.Add((block, current = []));
            else if (current is null)
                cx.Error(block.Line, field, $"expected a '{new string('#', level)} ' heading here");
            else
                current.Add(block);
        }
        return items;
    }

    /// <summary>
    /// Reads '- ' bullets whose continuation lines are indented by two spaces; the text keeps its line breaks.
    /// </summary>
    public static List<(int Line, string Text)> Bullets(ParseContext cx, string field, List<MarkdownBlock> body)
    {
        var items = new List<(int Line, List<string> Lines)>();
        foreach (var block in body)
        {
            if (block.Kind != MarkdownBlockKind.Prose)
            {
                cx.Error(block.Line, field, "expected a '- ' list; put code inside a list item's text instead");
                continue;
            }
            for (var i = block.Start; i <= block.End; i++)
            {
                var line = cx.Lines[i];
                if (line.StartsWith("- ", StringComparison.Ordinal))
                    items.Add((i + 1, [line[2..]]));
                else if (line.StartsWith("  ", StringComparison.Ordinal) && items.Count > 0)
                    items[^1].Lines.Add(line[2..]);
                else if (line.Length > 0)
                    cx.Error(i + 1, field, "expected '- ' to start an item, or two spaces to continue one");
            }
        }
        return items.Select(i => (i.Line, string.Join('\n', i.Lines))).ToList();
    }

    [GeneratedRegex(@"^\[([1-5])\] (\S.*)$", RegexOptions.Singleline)]
    private static partial Regex WeightedPoint();
}
