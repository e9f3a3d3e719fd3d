namespace Viva.Core.Interchange.Moodle;

/// <summary>A Moodle XML file read: its questions in file order, or the one-line error (file, line) that stopped the reader.</summary>
public sealed record MoodleXmlParseResult(IReadOnlyList<MoodleQuestion>? Questions, string? Error);
