namespace Viva.Core.Similarity;

/// <summary>
/// The engine's parameters. The defaults were chosen by measurement on tests/similarity (the <c>similarity</c> bench
/// report prints the figures and the sweep behind them; docs/architecture.md, "Similarity", says why).
/// </summary>
/// <param name="K">Tokens per k-gram: shorter k-grams match by chance (common idioms), longer ones miss edited code.</param>
/// <param name="W">Winnowing window: every shared run of <c>K + W - 1</c> tokens is guaranteed to be found.</param>
/// <param name="Threshold">A pair is flagged when the larger share of one submission's fingerprints found in the other reaches it.</param>
/// <param name="MinFingerprints">Fewer fingerprints than this (after excluding shared code) is "too short to judge".</param>
/// <param name="KeepBuiltins">Builtin names (<c>len</c>, <c>dict</c>, <c>ValueError</c>...) stay as themselves instead of the name placeholder.</param>
public sealed record SimilarityOptions(int K = 12, int W = 4, double Threshold = 0.45, int MinFingerprints = 8, bool KeepBuiltins = false)
{
    /// <summary>The measured defaults.</summary>
    public static SimilarityOptions Default { get; } = new();

    /// <summary>The guarantee threshold: a shared run of this many tokens always shares a fingerprint.</summary>
    public int GuaranteedRun => K + W - 1;
}
