namespace Viva.Core.Bank;

/// <summary>The outcome of parsing one file: the question when it could be built, and every problem found.</summary>
public sealed record ParseResult(Question? Question, IReadOnlyList<Problem> Problems);
