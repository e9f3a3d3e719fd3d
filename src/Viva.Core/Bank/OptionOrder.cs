using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Viva.Core.Bank;

/// <summary>
/// The order one learner sees choice options in. Every bank item lists its correct option first, so
/// showing file order would make "always pick the first" score 100%. Options are sorted by a keyed hash
/// (SipHash-2-4) of their <see cref="ChoiceOption.Id"/>, keyed by the learner's seed: a uniformly random
/// order per learner and item that is the same on every view, in every process and on every machine,
/// and that does not depend on file order (an author moving an option does not reshuffle the others).
/// The seed is a plain value (a browser cookie, the CLI database's learner id, later an account).
/// </summary>
public sealed class OptionOrder
{
    /// <summary>Keeps these keys apart from any other use of the same seed.</summary>
    private const string Domain = "viva option order v1\0";
    private readonly ulong _k0;
    private readonly ulong _k1;

    public OptionOrder(string learnerSeed)
    {
        ArgumentNullException.ThrowIfNull(learnerSeed);
        Span<byte> key = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(Domain + learnerSeed), key);
        _k0 = BinaryPrimitives.ReadUInt64LittleEndian(key);
        _k1 = BinaryPrimitives.ReadUInt64LittleEndian(key[8..]);
    }

    /// <summary>The item's options in this learner's order.</summary>
    public IReadOnlyList<ChoiceOption> Arrange(ChoiceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var order = Permutation(item.Options.Select(o => o.Id).ToList());
        var arranged = new ChoiceOption[order.Length];
        for (var i = 0; i < order.Length; i++)
            arranged[i] = item.Options[order[i]];
        return arranged;
    }

    /// <summary>Which of <paramref name="optionIds"/> to show first, second, …: indexes into the list.</summary>
    public int[] Permutation(IReadOnlyList<string> optionIds)
    {
        ArgumentNullException.ThrowIfNull(optionIds);
        var ranks = new ulong[optionIds.Count];
        var order = new int[optionIds.Count];
        for (var i = 0; i < ranks.Length; i++)
        {
            ranks[i] = Rank(optionIds[i]);
            order[i] = i;
        }
        // Equal ranks (a 2^-64 event, or an id listed twice) fall back to the ids, so the order never
        // depends on the order the ids came in.
        Array.Sort(order, (a, b) => ranks[a] != ranks[b] ? ranks[a].CompareTo(ranks[b]) : string.CompareOrdinal(optionIds[a], optionIds[b]));
        return order;
    }

    private ulong Rank(string optionId)
    {
        var length = Encoding.UTF8.GetByteCount(optionId);
        Span<byte> bytes = length <= 256 ? stackalloc byte[length] : new byte[length];
        Encoding.UTF8.GetBytes(optionId, bytes);
        return SipHash.Hash24(_k0, _k1, bytes);
    }
}
