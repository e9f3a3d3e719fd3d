namespace Viva.Core.Bank;

/// <summary>A block of Markdown prose and the 1-based line it starts on.</summary>
public sealed record Section(string Markdown, int Line);
