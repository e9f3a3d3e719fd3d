namespace Viva.Core.Similarity;

/// <summary>
/// One normalised token: <see cref="Text"/> is what is hashed (a placeholder for names and literals, the keyword or
/// operator itself otherwise); <see cref="Line"/> and <see cref="Column"/> (both 1-based) say where it came from, so
/// matching fingerprints map back to regions of the source.
/// </summary>
public readonly record struct PythonToken(PythonTokenKind Kind, string Text, int Line, int Column);
