namespace Viva.Core.Bank;

/// <summary>The file being parsed and the problems found so far.</summary>
internal sealed class ParseContext(string path, string[] lines, List<Problem> problems)
{
    public string Path { get; } = path;
    public string[] Lines { get; } = lines;
    public List<Problem> Problems { get; } = problems;

    public void Error(int line, string field, string message) => Problems.Add(new Problem(Path, line, field, message));

    public string Raw(IReadOnlyList<MarkdownBlock> blocks) => MarkdownBlock.Raw(Lines, blocks);
}
