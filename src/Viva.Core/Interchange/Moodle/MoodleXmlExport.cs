namespace Viva.Core.Interchange.Moodle;

/// <summary>A bank written as Moodle XML: the document, how many questions it holds, and per bank question what Moodle XML could not hold.</summary>
public sealed record MoodleXmlExport(string Xml, int ItemCount, IReadOnlyList<ItemOutcome> Outcomes);
