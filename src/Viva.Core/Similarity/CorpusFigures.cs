namespace Viva.Core.Similarity;

/// <summary>
/// The corpus measured at one threshold: per kind of pair, how many there are, how many were flagged and how many
/// were too short to judge; the recall of each transformation and the false-positive rates. The targets (issue #15) are
/// a recall of at least .95 per transformation and at most 2% false positives among independently written correct
/// solutions of the same exercise: the negatives that look alike for honest reasons. Pairs of different exercises'
/// solutions are counted apart (<see cref="UnrelatedFalsePositiveRate"/>): nearly all score 0, and pooled with the
/// same-exercise pairs they would hide a high rate among the pairs that matter.
/// </summary>
public sealed record CorpusFigures(double Threshold, IReadOnlyList<(string Kind, bool ShouldFlag, int Pairs, int Flagged, int TooShort)> Kinds)
{
    public const double RecallTarget = 0.95;
    public const double FalsePositiveTarget = 0.02;

    /// <summary>The transformation types the recall target applies to (issue #15's list); other positive kinds, such as
    /// "combined" (all of them at once), are measured and printed but not held to the target.</summary>
    public static readonly IReadOnlyList<string> Transformations = ["renamed", "reordered", "moved", "dead-code", "layout", "merged"];

    public static CorpusFigures At(IReadOnlyList<ScoredPair> scored, double threshold) =>
        new(threshold, scored.GroupBy(s => (s.Pair.Kind, s.Pair.ShouldFlag))
            .OrderByDescending(g => g.Key.ShouldFlag).ThenBy(g => g.Key.Kind, StringComparer.Ordinal)
            .Select(g => (g.Key.Kind, g.Key.ShouldFlag, g.Count(), g.Count(s => s.FlaggedAt(threshold)), g.Count(s => s.Result.Verdict == SimilarityVerdict.TooShort)))
            .ToList());

    public IEnumerable<(string Kind, double Recall)> Recall =>
        Kinds.Where(k => k.ShouldFlag).Select(k => (k.Kind, (double)k.Flagged / k.Pairs));

    public double MinRecall => Recall.Where(r => Transformations.Contains(r.Kind)).Select(r => r.Recall).DefaultIfEmpty(0).Min();

    /// <summary>Independent correct solutions of the same exercise, against each other.</summary>
    public int Negatives => Pairs(SimilarityCorpus.Independent);

    public double FalsePositiveRate => Rate(SimilarityCorpus.Independent);

    /// <summary>Model solutions of two different exercises: unrelated code that shares only Python's idioms.</summary>
    public double UnrelatedFalsePositiveRate => Rate(SimilarityCorpus.OtherExercise);

    private int Pairs(string kind) => Kinds.Where(k => !k.ShouldFlag && k.Kind == kind).Sum(k => k.Pairs);

    private double Rate(string kind) => Pairs(kind) == 0 ? 0 : (double)Kinds.Where(k => !k.ShouldFlag && k.Kind == kind).Sum(k => k.Flagged) / Pairs(kind);

    public bool MeetsTargets => MinRecall >= RecallTarget && FalsePositiveRate <= FalsePositiveTarget;
}
