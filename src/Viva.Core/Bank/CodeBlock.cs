namespace Viva.Core.Bank;

/// <summary>A fenced code block's content (without the fences) and the line of its opening fence.</summary>
public sealed record CodeBlock(string Code, int Line);
