namespace Viva.Core.Similarity;

/// <summary>
/// Winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003; what MOSS and Dolos do): hash every k-gram of tokens, then
/// in every window of <c>w</c> consecutive hashes select the minimum. Robust winnowing keeps the previous window's
/// choice when it is still in the window and still minimal, and otherwise takes the rightmost minimum, so runs of equal
/// hashes (repetitive code) yield few fingerprints. Guarantee: two token sequences that share a run of at least
/// <c>k + w - 1</c> tokens share at least one fingerprint, since that run holds a whole window of the same hashes.
/// </summary>
public static class Winnowing
{
    private const ulong Base = 1_099_511_628_211UL; // an odd 64-bit multiplier (the FNV prime)

    /// <summary>The hash of every k-gram: element <c>i</c> hashes tokens <c>i .. i + k - 1</c>. Empty when there are fewer than k tokens.</summary>
    public static ulong[] KGramHashes(IReadOnlyList<PythonToken> tokens, int k)
    {
        if (tokens.Count < k)
            return [];
        var single = new ulong[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
            single[i] = Fnv(tokens[i].Text);
        var hashes = new ulong[tokens.Count - k + 1];
        for (var i = 0; i < hashes.Length; i++)
        {
            var h = 14_695_981_039_346_656_037UL;
            for (var j = 0; j < k; j++)
                h = unchecked((h ^ single[i + j]) * Base);
            hashes[i] = Mix(h);
        }
        return hashes;
    }

    /// <summary>Robust winnowing of <paramref name="hashes"/> with window <paramref name="w"/>; fewer hashes than w form one window.</summary>
    public static IReadOnlyList<Fingerprint> Select(ulong[] hashes, int w)
    {
        var selected = new List<Fingerprint>();
        if (hashes.Length == 0)
            return selected;
        var windows = Math.Max(1, hashes.Length - w + 1);
        var last = -1;
        for (var start = 0; start < windows; start++)
        {
            var end = Math.Min(hashes.Length, start + w) - 1;
            var min = end;
            for (var j = end - 1; j >= start; j--)
            {
                if (hashes[j] < hashes[min])
                    min = j;
            }
            if (last >= start && hashes[last] == hashes[min])
                continue; // robust: the previous choice is still in the window and still minimal
            selected.Add(new Fingerprint(hashes[min], min));
            last = min;
        }
        return selected;
    }

    private static ulong Fnv(string text)
    {
        var h = 14_695_981_039_346_656_037UL;
        foreach (var ch in text)
            h = unchecked((h ^ ch) * Base);
        return h;
    }

    /// <summary>A final avalanche (splitmix64's), so that the minimum of a window is not biased by the last token.</summary>
    private static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
