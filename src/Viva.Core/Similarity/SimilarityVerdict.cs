namespace Viva.Core.Similarity;

/// <summary>What a comparison concluded. A flag is evidence for a person to look at, never a verdict on the candidate.</summary>
public enum SimilarityVerdict
{
    /// <summary>Both submissions are long enough; the shares are below the threshold.</summary>
    NotSimilar,

    /// <summary>Both submissions are long enough and one of the shares reaches the threshold.</summary>
    Flagged,

    /// <summary>One submission has too few tokens or too few fingerprints of its own (beyond the shared code) to judge.</summary>
    TooShort,
}
