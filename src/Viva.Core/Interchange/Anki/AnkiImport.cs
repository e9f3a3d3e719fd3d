using Viva.Core.Bank;

namespace Viva.Core.Interchange.Anki;

/// <summary>What Anki notes became: bank questions (not yet written), a line per note, and which question each imported note became (for its review history).</summary>
public sealed record AnkiImport(IReadOnlyList<Question> Questions, IReadOnlyList<ItemOutcome> Outcomes, IReadOnlyDictionary<long, string> QuestionOfNote);
