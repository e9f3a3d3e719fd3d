namespace Viva.Core.Bank;

/// <summary>Parses the Quiz section: <c>### predict: …</c>, <c>### choice: …</c> and <c>### multi: …</c> items.</summary>
internal static class QuizParser
{
    public static List<QuizItem> Items(ParseContext cx, List<MarkdownBlock> body, string questionId)
    {
        var items = new List<QuizItem>();
        foreach (var (heading, blocks) in SectionParsers.Items(cx, "Quiz", body, 3))
        {
            var colon = heading.Text.IndexOf(':', StringComparison.Ordinal);
            var kind = colon > 0 ? heading.Text[..colon] : "";
            var title = colon > 0 ? heading.Text[(colon + 1)..].Trim() : heading.Text;
            var python = SectionParsers.PythonMeta(cx, "Quiz", blocks);
            QuizItem? item = kind switch
            {
                "predict" => Predict(cx, heading, title, python, blocks),
                "choice" => Choice(cx, heading, title, python, blocks, questionId, multiple: false),
                "multi" => Choice(cx, heading, title, python, blocks, questionId, multiple: true),
                _ => null,
            };
            if (item is null && kind is not ("predict" or "choice" or "multi"))
                cx.Error(heading.Line, "Quiz", "an item heading is '### predict: …', '### choice: …' or '### multi: …'");
            if (item is not null)
                items.Add(item);
        }
        return items;
    }

    private static PredictItem? Predict(ParseContext cx, MarkdownBlock heading, string title, PythonRange python, List<MarkdownBlock> blocks)
    {
        var code = blocks.FindIndex(b => b is { Kind: MarkdownBlockKind.Fence, Info: "python" });
        if (code < 0 || code + 1 >= blocks.Count || blocks[code + 1] is not { Kind: MarkdownBlockKind.Fence, Info: "output" })
        {
            cx.Error(heading.Line, "Quiz", $"predict item '{title}' needs a ```python block followed by an ```output block");
            return null;
        }
        var explanation = blocks[(code + 2)..];
        if (explanation.Count == 0)
            cx.Error(blocks[code + 1].Line, "Quiz", $"predict item '{title}' needs an explanation after its output");
        return new PredictItem(title, python, cx.Raw(blocks[..code]), SectionParsers.Code(blocks[code]),
            SectionParsers.Code(blocks[code + 1]), cx.Raw(explanation), heading.Line);
    }

    private static ChoiceItem? Choice(ParseContext cx, MarkdownBlock heading, string title, PythonRange python, List<MarkdownBlock> blocks, string questionId, bool multiple)
    {
        blocks = SplitStemFromOptions(blocks);
        var first = blocks.FindIndex(b => b.Kind == MarkdownBlockKind.Prose && IsOption(b.Text));
        if (first < 0)
        {
            cx.Error(heading.Line, "Quiz", $"choice item '{title}' has no options ('- [x] right' / '- [ ] wrong')");
            return null;
        }
        var options = new List<ChoiceOption>();
        foreach (var (line, text) in SectionParsers.Bullets(cx, "Quiz", blocks[first..]))
        {
            if (text.Length < 4 || text[0] != '[' || text[2] != ']' || text[1] is not (' ' or 'x') || text[3] != ' ')
            {
                cx.Error(line, "Quiz", "an option is '- [x] text' (correct) or '- [ ] text' (wrong)");
                continue;
            }
            var parts = text[4..].Split('\n', 2);
            if (parts.Length < 2 || string.IsNullOrWhiteSpace(parts[1]))
                cx.Error(line, "Quiz", "every option needs an explanation on the lines after it, indented by two spaces");
            options.Add(new ChoiceOption(ChoiceOption.IdFor(questionId, title, parts[0]), parts[0], text[1] == 'x', parts.Length > 1 ? parts[1] : "", line));
        }
        return new ChoiceItem(title, python, multiple, cx.Raw(blocks[..first]), options, heading.Line);
    }

    /// <summary>
    /// A prose stem and the options below it are one prose run (blank lines do not end a run): the run is cut where its
    /// first option line begins, so the stem keeps its own block.
    /// </summary>
    private static List<MarkdownBlock> SplitStemFromOptions(List<MarkdownBlock> blocks)
    {
        var split = new List<MarkdownBlock>(blocks.Count + 1);
        foreach (var block in blocks)
        {
            var lines = block.Text.Split('\n');
            var option = Array.FindIndex(lines, IsOption);
            if (block.Kind != MarkdownBlockKind.Prose || option <= 0)
            {
                split.Add(block);
                continue;
            }
            var stemEnd = option - 1;
            while (stemEnd > 0 && lines[stemEnd].Length == 0)
                stemEnd--;
            split.Add(block with { End = block.Start + stemEnd, Text = string.Join('\n', lines[..(stemEnd + 1)]) });
            split.Add(block with { Start = block.Start + option, Text = string.Join('\n', lines[option..]) });
        }
        return split;
    }

    private static bool IsOption(string text) => text.StartsWith("- [x] ", StringComparison.Ordinal) || text.StartsWith("- [ ] ", StringComparison.Ordinal);
}
