namespace Viva.Core.Similarity;

/// <summary>A labelled pair and what the engine made of it.</summary>
public sealed record ScoredPair(LabelledPair Pair, SimilarityResult Result)
{
    /// <summary>Whether the pair is flagged at <paramref name="threshold"/>; a too-short pair never is.</summary>
    public bool FlaggedAt(double threshold) => Result.Verdict != SimilarityVerdict.TooShort && Result.Score >= threshold;
}
