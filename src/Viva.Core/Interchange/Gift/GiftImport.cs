using Viva.Core.Bank;

namespace Viva.Core.Interchange.Gift;

/// <summary>What an imported file (GIFT or Moodle XML) became: bank questions (not yet written) and a line per question of the file on what became of it.</summary>
public sealed record GiftImport(IReadOnlyList<Question> Questions, IReadOnlyList<ItemOutcome> Outcomes);
