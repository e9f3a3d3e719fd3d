using System.Text.RegularExpressions;
using Viva.Core.Bank;

namespace Viva.Core.Similarity;

/// <summary>
/// Code that two submissions may share without it saying anything about copying: the exercise's starter, the code
/// spans and blocks of its prompt (the signatures it asks for), and its model solution. Correct solutions converge on
/// the model solution: blind-written ones matched it at 0.67-0.91 of their fingerprints on 9 of 17 exercises
/// (tests/similarity), and flagging two seniors for writing the answer a reviewer would write is not fair. What a pair
/// shares beyond it is their own, and that is what is compared.
/// </summary>
public static partial class SharedCode
{
    public static IReadOnlyList<string> Of(Exercise exercise) => [.. Given(exercise), exercise.Solution.Code];

    /// <summary>What the candidate is given: the starter and the prompt's code.</summary>
    public static IReadOnlyList<string> Given(Exercise exercise)
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
