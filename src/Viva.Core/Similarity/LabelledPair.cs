namespace Viva.Core.Similarity;

/// <summary>
/// Two submissions to compare and whether they should be flagged. <see cref="Kind"/> is the transformation that made
/// B from A for a positive pair (renamed, reordered...), or the kind of negative pair ("independent": two solutions
/// written separately; "other exercise": reference solutions of two different exercises).
/// </summary>
public sealed record LabelledPair(string Kind, string ExerciseId, string NameA, string A, string NameB, string B, IReadOnlyList<string> SharedCode, bool ShouldFlag);
