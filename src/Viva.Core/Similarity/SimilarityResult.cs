namespace Viva.Core.Similarity;

/// <summary>
/// The comparison of submissions A and B. <see cref="ShareOfA"/> is the share of A's fingerprints (shared code excluded)
/// found in B, <see cref="ShareOfB"/> the reverse, <see cref="Similarity"/> the symmetric figure (shared fingerprints
/// over the mean count, Dice's coefficient). <see cref="Score"/>, the larger share, is what the threshold applies to:
/// a solution pasted among unrelated code is almost wholly found in the larger file even though the larger file is
/// mostly not in it. For a <see cref="SimilarityVerdict.TooShort"/> pair the figures are zero and there are no regions.
/// </summary>
public sealed record SimilarityResult(SimilarityVerdict Verdict, double ShareOfA, double ShareOfB, double Similarity, IReadOnlyList<MatchRegion> Regions)
{
    public double Score => Math.Max(ShareOfA, ShareOfB);
}
