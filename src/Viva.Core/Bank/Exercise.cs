namespace Viva.Core.Bank;

/// <summary>
/// A coding exercise: the candidate's code is run against hidden tests in the sandbox. The wrong
/// solutions are the tests' own proof: each must fail at least one of them.
/// </summary>
public sealed record Exercise(Section Prompt, CodeBlock Starter, CodeBlock Solution, IReadOnlyList<HiddenTest> Tests, IReadOnlyList<WrongSolution> WrongSolutions, int Line);
