namespace Viva.Core.Interchange.Exercism;

/// <summary>
/// A test run in Exercism's results.json shape (the test runner interface, version 3): the overall
/// status, a message when the tests could not run, and the tests in the order they are defined.
/// </summary>
public sealed record ExercismResults(int Version, ExercismStatus Status, string? Message, IReadOnlyList<ExercismTest> Tests)
{
    /// <summary>The version Viva writes; the reader also takes 1 and 2, which v3 extends.</summary>
    public const int CurrentVersion = 3;

    /// <summary>The interface caps each test's user output; longer output ends in <see cref="TruncatedNote"/>.</summary>
    public const int OutputLimit = 500;

    public const string TruncatedNote = "Output was truncated. Please limit to 500 chars";
}
