namespace Viva.Core.Bank;

/// <summary>
/// The coarse structure of a bank file's body: headings, fenced code blocks and runs of prose.
/// Indices are 0-based line indices into the file; <see cref="Line"/> is the 1-based line for messages.
/// </summary>
internal sealed record MarkdownBlock(MarkdownBlockKind Kind, int Start, int End, int HeadingLevel = 0, string Text = "", string Info = "")
{
    public int Line => Start + 1;

    /// <summary>Splits lines [start, end) into blocks. An unclosed fence is reported and ends the run.</summary>
    public static List<MarkdownBlock> Split(string[] lines, int start, int end, Action<int, string> error)
    {
        var blocks = new List<MarkdownBlock>();
        var i = start;
        while (i < end)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                i++;
                continue;
            }
            var fence = FenceLength(line);
            if (fence > 0)
            {
                var close = i + 1;
                while (close < end && !IsClosingFence(lines[close], fence))
                    close++;
                if (close == end)
                {
                    error(i + 1, "code block is never closed");
                    return blocks;
                }
                var content = string.Join('\n', lines[(i + 1)..close]);
                blocks.Add(new MarkdownBlock(MarkdownBlockKind.Fence, i, close, Text: content, Info: line[fence..].Trim()));
                i = close + 1;
                continue;
            }
            var level = HeadingDepth(line);
            if (level > 0)
            {
                blocks.Add(new MarkdownBlock(MarkdownBlockKind.Heading, i, i, level, line[(level + 1)..].Trim()));
                i++;
                continue;
            }
            var last = i;
            var j = i + 1;
            while (j < end && FenceLength(lines[j]) == 0 && HeadingDepth(lines[j]) == 0)
            {
                if (lines[j].Length > 0)
                    last = j;
                j++;
            }
            blocks.Add(new MarkdownBlock(MarkdownBlockKind.Prose, i, last, Text: string.Join('\n', lines[i..(last + 1)])));
            i = last + 1;
        }
        return blocks;
    }

    /// <summary>The original text of lines from the first to the last block, blank lines between them kept.</summary>
    public static string Raw(string[] lines, IReadOnlyList<MarkdownBlock> blocks) =>
        blocks.Count == 0 ? string.Empty : string.Join('\n', lines[blocks[0].Start..(blocks[^1].End + 1)]);

    public static int FenceLength(string line)
    {
        var n = 0;
        while (n < line.Length && line[n] == '`')
            n++;
        return n >= 3 ? n : 0;
    }

    private static bool IsClosingFence(string line, int length) =>
        line.Length >= length && line.TrimEnd().All(c => c == '`') && line.TrimEnd().Length >= length;

    private static int HeadingDepth(string line)
    {
        var n = 0;
        while (n < line.Length && line[n] == '#')
            n++;
        return n is >= 1 and <= 6 && line.Length > n + 1 && line[n] == ' ' ? n : 0;
    }
}

internal enum MarkdownBlockKind
{
    Heading,
    Fence,
    Prose,
}
