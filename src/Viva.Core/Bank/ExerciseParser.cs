namespace Viva.Core.Bank;

/// <summary>Parses the Exercise section: Prompt, Starter, Solution, Tests and Wrong solutions, in that order.</summary>
internal static class ExerciseParser
{
    private static readonly string[] Parts = ["Prompt", "Starter", "Solution", "Tests", WrongPart];
    private const string WrongPart = "Wrong solutions";

    public static Exercise? Parse(ParseContext cx, List<MarkdownBlock> body, int line)
    {
        var items = SectionParsers.Items(cx, "Exercise", body, 3);
        var parts = new Dictionary<string, (MarkdownBlock Heading, List<MarkdownBlock> Body)>();
        foreach (var item in items)
        {
            if (!parts.TryAdd(item.Heading.Text, item))
                cx.Error(item.Heading.Line, "Exercise", $"part '### {item.Heading.Text}' appears twice");
        }
        var known = items.Select(i => i.Heading.Text).Where(Parts.Contains).Distinct().ToList();
        if (!known.SequenceEqual(Parts.Where(known.Contains)))
            cx.Error(line, "Exercise", $"the parts must come in this order: {string.Join(", ", Parts)}");
        foreach (var name in parts.Keys.Except(Parts))
            cx.Error(parts[name].Heading.Line, "Exercise", $"unknown part '### {name}' (parts: {string.Join(", ", Parts)})");
        // A missing wrong-solutions part is the validator's finding (it counts them), not a parse error.
        var required = Parts.Where(p => p != WrongPart).ToList();
        foreach (var name in required.Except(parts.Keys))
            cx.Error(line, "Exercise", $"missing part '### {name}'");
        if (required.Any(p => !parts.ContainsKey(p)))
            return null;

        var prompt = SectionParsers.Prose(cx, "Exercise.Prompt", parts["Prompt"].Body, parts["Prompt"].Heading.Line);
        var starter = SingleCode(cx, "Exercise.Starter", parts["Starter"]);
        var solution = SingleCode(cx, "Exercise.Solution", parts["Solution"]);
        var tests = new List<HiddenTest>();
        var testItems = SectionParsers.Items(cx, "Exercise.Tests", parts["Tests"].Body, 4);
        if (testItems.Count == 0)
            cx.Error(parts["Tests"].Heading.Line, "Exercise.Tests", "an exercise needs at least one '#### test name' with a ```python and a ```json block");
        foreach (var (heading, blocks) in testItems)
        {
            if (blocks is not [{ Kind: MarkdownBlockKind.Fence, Info: "python" } code, { Kind: MarkdownBlockKind.Fence, Info: "json" } expected])
            {
                cx.Error(heading.Line, "Exercise.Tests", $"test '{heading.Text}' must be exactly a ```python block that sets result, then a ```json block with the expected value");
                continue;
            }
            tests.Add(new HiddenTest(heading.Text, SectionParsers.Code(code), SectionParsers.Code(expected), heading.Line));
        }
        var wrong = parts.TryGetValue(WrongPart, out var wrongPart) ? WrongSolutions(cx, wrongPart) : [];
        return starter is null || solution is null ? null : new Exercise(prompt, starter, solution, tests, wrong, line);
    }

    /// <summary>Each '#### mistake' holds optional prose on why it is wrong, then exactly one python block.</summary>
    private static List<WrongSolution> WrongSolutions(ParseContext cx, (MarkdownBlock Heading, List<MarkdownBlock> Body) part)
    {
        const string field = "Exercise.Wrong solutions";
        var wrong = new List<WrongSolution>();
        foreach (var (heading, blocks) in SectionParsers.Items(cx, field, part.Body, 4))
        {
            var fences = blocks.Count(b => b.Kind == MarkdownBlockKind.Fence);
            if (fences != 1 || blocks[^1] is not { Kind: MarkdownBlockKind.Fence, Info: "python" } code)
            {
                cx.Error(heading.Line, field, $"wrong solution '{heading.Text}' must be optional prose, then exactly one ```python block");
                continue;
            }
            wrong.Add(new WrongSolution(heading.Text, cx.Raw(blocks[..^1]), SectionParsers.Code(code), heading.Line));
        }
        return wrong;
    }

    private static CodeBlock? SingleCode(ParseContext cx, string field, (MarkdownBlock Heading, List<MarkdownBlock> Body) part)
    {
        if (part.Body is [{ Kind: MarkdownBlockKind.Fence, Info: "python" } fence])
            return SectionParsers.Code(fence);
        cx.Error(part.Heading.Line, field, "must be exactly one ```python block");
        return null;
    }
}
