using Viva.Core.Bank;

namespace Viva.Core.Interchange.Gift;

/// <summary>What a GIFT file became: bank questions (not yet written) and a line per GIFT question on what became of it.</summary>
public sealed record GiftImport(IReadOnlyList<Question> Questions, IReadOnlyList<ItemOutcome> Outcomes);
