namespace Viva.Core.Interchange.Exercism;

/// <summary>A results.json file read: the results, or the one-line error (file, and line or field) that stopped the reader.</summary>
public sealed record ExercismParseResult(ExercismResults? Results, string? Error);
