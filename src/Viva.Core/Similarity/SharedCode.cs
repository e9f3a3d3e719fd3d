using System.Text.RegularExpressions;
using Viva.Core.Bank;

namespace Viva.Core.Similarity;

/// <summary>The code every correct solution to an exercise must share: its starter, and the code spans and blocks of its prompt (the signatures it asks for).</summary>
public static partial class SharedCode
{
    public static IReadOnlyList<string> Of(Exercise exercise)
    {
        var code = new List<string> { exercise.Starter.Code };
        code.AddRange(FencedBlock().Matches(exercise.Prompt.Markdown).Select(m => m.Groups[1].Value));
        code.AddRange(InlineSpan().Matches(FencedBlock().Replace(exercise.Prompt.Markdown, "")).Select(m => m.Groups[1].Value));
        return code;
    }

    [GeneratedRegex(@"^```[a-z]*\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"`([^`\n]+)`")]
    private static partial Regex InlineSpan();
}
