namespace Viva.Core.Bank;

/// <summary>A coding exercise: the candidate's code is run against hidden tests in the sandbox.</summary>
public sealed record Exercise(Section Prompt, CodeBlock Starter, CodeBlock Solution, IReadOnlyList<HiddenTest> Tests, int Line);
