namespace Viva.Sandbox;

/// <summary>A hidden test's input: Python that observes the submission and leaves the observation in <c>result</c>.</summary>
public sealed record TestInput(string Name, string Code);
