namespace Viva.Core.Similarity;

/// <summary>A stretch of code found in both submissions: its lines (1-based, inclusive) in each, and how many fingerprints it holds.</summary>
public sealed record MatchRegion(int FirstLineA, int LastLineA, int FirstLineB, int LastLineB, int Fingerprints);
