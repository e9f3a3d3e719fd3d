namespace Viva.Core.Similarity;

/// <summary>A submission made ready to compare: its normalised tokens and its winnowed fingerprints, shared code already removed.</summary>
public sealed record FingerprintedCode(IReadOnlyList<PythonToken> Tokens, IReadOnlyList<Fingerprint> Fingerprints)
{
    /// <summary>The distinct fingerprint hashes.</summary>
    public IReadOnlySet<ulong> Hashes { get; } = Fingerprints.Select(f => f.Hash).ToHashSet();
}
