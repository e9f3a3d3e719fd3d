using System.Globalization;

namespace Viva.Core.Scheduling;

/// <summary>
/// The fuzz factor ts-fsrs draws for one review: the first number of Baagøe's Alea generator seeded by one of
/// ts-fsrs' two seed strategies, so a fuzzed interval is deterministic and the same as ts-fsrs gives.
/// Allocation-free.
/// </summary>
internal static class FuzzRandom
{
    private const double TwoPowMinus32 = 2.3283064365386963e-10;

    // Alea first mashes three spaces, whatever the seed: that part of its state is a constant.
    private static readonly (double N, double S0) AfterSpaces = MashSpaces();

    /// <summary>
    /// ts-fsrs' <c>GenSeedStrategyWithCardId</c>: the seed is <c>card_id + reps</c> with reps counted after
    /// the review, which JavaScript concatenates for a string id ("gil" and 4 give "gil4"). It does not depend
    /// on the clock, so the interval a button shows is the one a rating gives, whenever it is previewed.
    /// </summary>
    public static double Factor(string cardId, int reps)
    {
        Span<char> seed = stackalloc char[Math.Min(cardId.Length, 256) + 12];
        var length = 0;
        // Ids are short slugs; a longer one is cut, which only changes which fixed number it gets.
        cardId.AsSpan(0, Math.Min(cardId.Length, 256)).CopyTo(seed);
        length += Math.Min(cardId.Length, 256);
        Append(seed, ref length, reps);
        return FirstNumber(seed[..length]);
    }

    /// <summary>
    /// ts-fsrs' default seed strategy: <c>"{review time in ms}_{reps after the review}_{difficulty * stability
    /// before it}"</c>. It changes with every millisecond, so a preview differs from the rating that follows
    /// it; kept for replaying ts-fsrs' own fixtures and for callers without a card id.
    /// </summary>
    public static double Factor(DateTimeOffset reviewTime, int reps, double difficultyTimesStability)
    {
        Span<char> seed = stackalloc char[96];
        var length = 0;
        Append(seed, ref length, reviewTime.ToUnixTimeMilliseconds());
        seed[length++] = '_';
        Append(seed, ref length, reps);
        seed[length++] = '_';
        // "R" is the shortest round-trip form, which is also what JavaScript prints for these magnitudes.
        if (!difficultyTimesStability.TryFormat(seed[length..], out var written, "R", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("Fuzz seed buffer too small.");
        }
        length += written;
        return FirstNumber(seed[..length]);
    }

    private static double FirstNumber(ReadOnlySpan<char> seed)
    {
        var (n, s0) = AfterSpaces;
        s0 -= Mash(seed, ref n);
        if (s0 < 0)
        {
            s0 += 1;
        }
        // Alea's first output depends on s0 and c = 1 only.
        var t = 2091639 * s0 + 1 * TwoPowMinus32;
        return t - (int)t;
    }

    private static (double N, double S0) MashSpaces()
    {
        var n = 0xefc8249dU * 1.0;
        var s0 = Mash(" ", ref n);
        Mash(" ", ref n);
        Mash(" ", ref n);
        return (n, s0);
    }

    private static void Append(Span<char> buffer, ref int length, long value)
    {
        value.TryFormat(buffer[length..], out var written, default, CultureInfo.InvariantCulture);
        length += written;
    }

    // Mash keeps its state n across calls, exactly as the JavaScript closure does.
    private static double Mash(ReadOnlySpan<char> data, ref double n)
    {
        foreach (var ch in data)
        {
            n += ch;
            var h = 0.02519603282416938 * n;
            n = ToUint32(h);
            h -= n;
            h *= n;
            n = ToUint32(h);
            h -= n;
            n += h * 0x100000000;
        }
        return ToUint32(n) * TwoPowMinus32;
    }

    // JavaScript `x >>> 0` for the non-negative values Mash produces.
    private static double ToUint32(double x) => (uint)(ulong)x;
}
