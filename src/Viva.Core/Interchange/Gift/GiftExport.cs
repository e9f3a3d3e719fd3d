namespace Viva.Core.Interchange.Gift;

/// <summary>A bank written as GIFT: the text, and per question what GIFT could not hold.</summary>
public sealed record GiftExport(string Text, int ItemCount, IReadOnlyList<ItemOutcome> Outcomes);
