namespace Viva.Core.Calibration;

/// <summary>
/// Steele, Lea and Flood's SplitMix64: a tiny, fully specified generator, so a seeded bootstrap gives the
/// same interval on every machine and every .NET version (System.Random's seeded sequence is an
/// implementation detail we would rather not depend on).
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>
    /// A draw in [0, <paramref name="bound"/>): the high half of a 64 x 64-bit product (Lemire). Its bias is
    /// below bound / 2^64, far under anything a bootstrap of a few thousand units could show.
    /// </summary>
    public int Below(int bound) => (int)Math.BigMul(Next(), (ulong)bound, out _);
}
