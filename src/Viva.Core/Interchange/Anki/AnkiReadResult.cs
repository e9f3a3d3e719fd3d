using Viva.Core.Bank;

namespace Viva.Core.Interchange.Anki;

/// <summary>What an Anki file held (notes, and the review history of a package), or the one problem that stopped the read.</summary>
public sealed record AnkiReadResult(IReadOnlyList<AnkiNote> Notes, IReadOnlyList<AnkiReview> Reviews, Problem? Problem)
{
    public static AnkiReadResult Fail(string file, int line, string message) => new([], [], new Problem(file, line, "anki", message));
}
