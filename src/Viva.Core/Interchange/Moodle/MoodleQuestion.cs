namespace Viva.Core.Interchange.Moodle;

/// <summary>
/// One <c>question</c> element of a Moodle XML file, as read: its type, name, text (with the text's format),
/// general feedback, the category it falls in, and its line. Plain child elements of the type's own
/// (<c>single</c>, <c>graderinfo</c>, <c>coderunnertype</c>, <c>answer</c> of CodeRunner…) are in <see cref="Fields"/>.
/// </summary>
public sealed record MoodleQuestion(string Type, string Name, string Text, string Format, string GeneralFeedback, string Category, int Line)
{
    public IReadOnlyList<MoodleAnswer> Answers { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<CodeRunnerTestCase> TestCases { get; init; } = [];
    public string? IdNumber { get; init; }
    /// <summary>Files embedded in the question (images, CodeRunner support files), which Viva does not keep.</summary>
    public int Files { get; init; }

    public string Field(string name) => Fields.TryGetValue(name, out var v) ? v : "";
}
