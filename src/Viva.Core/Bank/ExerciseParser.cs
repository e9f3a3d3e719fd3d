namespace Viva.Core.Bank;

/// <summary>Parses the Exercise section: Prompt, Starter, Solution and Tests, in that order.</summary>
internal static class ExerciseParser
{
    private static readonly string[] Parts = ["Prompt", "Starter", "Solution", "Tests"];

    public static Exercise? Parse(ParseContext cx, List<MarkdownBlock> body, int line)
    {
        var parts = SectionParsers.Items(cx, "Exercise", body, 3).ToDictionary(p => p.Heading.Text, p => p);
        foreach (var name in parts.Keys.Except(Parts))
            cx.Error(parts[name].Heading.Line, "Exercise", $"unknown part '### {name}' (parts: {string.Join(", ", Parts)})");
        foreach (var name in Parts.Except(parts.Keys))
            cx.Error(line, "Exercise", $"missing part '### {name}'");
        if (Parts.Any(p => !parts.ContainsKey(p)))
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
        return starter is null || solution is null ? null : new Exercise(prompt, starter, solution, tests, line);
    }

    private static CodeBlock? SingleCode(ParseContext cx, string field, (MarkdownBlock Heading, List<MarkdownBlock> Body) part)
    {
        if (part.Body is [{ Kind: MarkdownBlockKind.Fence, Info: "python" } fence])
            return SectionParsers.Code(fence);
        cx.Error(part.Heading.Line, field, "must be exactly one ```python block");
        return null;
    }
}
