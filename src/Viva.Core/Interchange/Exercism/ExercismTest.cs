namespace Viva.Core.Interchange.Exercism;

/// <summary>
/// One test of a results.json file. <see cref="TestCode"/> is read when a file carries it; Viva never
/// writes it, since its tests are hidden.
/// </summary>
public sealed record ExercismTest(string Name, ExercismStatus Status, string? Message, string? Output, string? TestCode, int? TaskId);
