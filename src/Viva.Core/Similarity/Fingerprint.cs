namespace Viva.Core.Similarity;

/// <summary>A winnowed fingerprint: the hash of the k-gram of normalised tokens that starts at token <see cref="Start"/>.</summary>
public readonly record struct Fingerprint(ulong Hash, int Start);
