namespace Viva.Cli.Practice;

/// <summary>
/// The learner's typed lines. A read gives way to Ctrl-C: a synchronous console read cannot be
/// cancelled, so it runs aside and the session stops waiting for it when the token fires, which lets
/// the session say what was saved instead of ending silently.
/// </summary>
internal sealed class LearnerInput(TextReader reader)
{
    /// <summary>One line, without its line break; null when input has ended.</summary>
    public Task<string?> LineAsync(CancellationToken cancellationToken) =>
        Task.Run(reader.ReadLine, CancellationToken.None).WaitAsync(cancellationToken);

    /// <summary>Lines up to an empty one, joined; null when input ended before any line.</summary>
    public async Task<string?> BlockAsync(CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        while (await LineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
                return string.Join('\n', lines);
            lines.Add(line);
        }
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    /// <summary>The rest of a block whose first line was already read.</summary>
    public async Task<string> RestOfBlockAsync(string first, CancellationToken cancellationToken)
    {
        var rest = await BlockAsync(cancellationToken);
        return string.IsNullOrEmpty(rest) ? first : first + "\n" + rest;
    }
}
