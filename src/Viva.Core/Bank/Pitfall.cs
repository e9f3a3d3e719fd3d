namespace Viva.Core.Bank;

/// <summary>A wrong answer candidates commonly give, and why it is wrong (Markdown).</summary>
public sealed record Pitfall(string Text, int Line);
