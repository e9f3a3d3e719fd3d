namespace Viva.Core.Bank;

/// <summary>
/// A plausible but wrong answer to an exercise, written by an adversary of its hidden tests:
/// <c>viva check</c> proves that at least one test fails on it. Like the tests, never shown to a candidate.
/// </summary>
/// <param name="Mistake">The mistake in a few words (its <c>####</c> heading).</param>
/// <param name="Notes">Optional Markdown before the code: why it is wrong.</param>
/// <param name="Code">The wrong program, run like a candidate's submission.</param>
/// <param name="Line">The line of its heading.</param>
public sealed record WrongSolution(string Mistake, string Notes, CodeBlock Code, int Line);
