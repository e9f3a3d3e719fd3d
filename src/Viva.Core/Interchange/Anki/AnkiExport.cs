namespace Viva.Core.Interchange.Anki;

/// <summary>A bank as Anki notes (one per question), and per question what Anki could not hold.</summary>
public sealed record AnkiExport(IReadOnlyList<AnkiNote> Notes, IReadOnlyList<ItemOutcome> Outcomes);
