namespace Viva.Core.Interchange.Gift;

/// <summary>A parsed GIFT file: its questions in file order, or the one problem that stopped the parse.</summary>
public sealed record GiftDocument(IReadOnlyList<GiftQuestion> Questions);
