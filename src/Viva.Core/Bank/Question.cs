namespace Viva.Core.Bank;

/// <summary>One question of the bank, parsed from one Markdown file. Immutable; equal files give equal records.</summary>
public sealed record Question
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Area { get; init; }
    public required string Topic { get; init; }
    public required Level Level { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public required int Minutes { get; init; }
    /// <summary>The Python versions the whole question holds for; items may narrow it further.</summary>
    public required PythonRange Python { get; init; }
    public required Section Prompt { get; init; }
    public required Section Answer { get; init; }
    public required IReadOnlyList<KeyPoint> KeyPoints { get; init; }
    public required IReadOnlyList<FollowUp> FollowUps { get; init; }
    public required IReadOnlyList<Pitfall> Pitfalls { get; init; }
    public required IReadOnlyList<CodeExample> Examples { get; init; }
    public required IReadOnlyList<QuizItem> Quiz { get; init; }
    public Exercise? Exercise { get; init; }
    /// <summary>Where the question came from, for error messages and links.</summary>
    public required string SourcePath { get; init; }
    /// <summary>SHA-256 of the file's bytes: user data records it so an edited question is detected.</summary>
    public required string ContentHash { get; init; }
}
