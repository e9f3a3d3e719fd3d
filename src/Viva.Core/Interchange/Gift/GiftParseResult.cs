using Viva.Core.Bank;

namespace Viva.Core.Interchange.Gift;

/// <summary>The outcome of parsing a GIFT file: the document, or the first problem (file, line, what was wrong).</summary>
public sealed record GiftParseResult(GiftDocument? Document, Problem? Problem);
