namespace Viva.Core.Grading;

/// <summary>A free-text answer's coverage of the rubric: a 0-100 score weighted by key point, and each point's evidence.</summary>
public sealed record RubricResult(int Score, IReadOnlyList<KeyPointCoverage> Points);
