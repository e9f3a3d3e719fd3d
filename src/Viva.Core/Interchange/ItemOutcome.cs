namespace Viva.Core.Interchange;

/// <summary>One line of an import or export report: which item, what became of it and, unless it arrived whole, what was lost or why.</summary>
public sealed record ItemOutcome(string Item, ItemStatus Status, string Detail, int Line = 0)
{
    /// <summary>Starts a note on a part filled in rather than lost; alone it reads "lost nothing, but ...".</summary>
    public const string FilledIn = "nothing, but ";

    /// <summary>
    /// The bank file (<c>area/id.md</c>, its question's <see cref="Bank.Question.SourcePath"/>) an item that arrived went into:
    /// when that file is not written, the item did not arrive after all (<see cref="InterchangeRead.Without"/>).
    /// </summary>
    public string? QuestionPath { get; init; }

    public override string ToString() => Status switch
    {
        ItemStatus.Imported => $"imported  {Item}",
        ItemStatus.ConvertedWithLoss => $"converted {Item}: lost {Detail}",
        _ => $"skipped   {Item}: {Detail}",
    };

    /// <summary>Imported when nothing was lost, else converted with what was lost; notes starting <see cref="FilledIn"/> follow the losses.</summary>
    public static ItemOutcome Of(string item, IEnumerable<string> lost, int line = 0)
    {
        var parts = lost.ToList();
        return parts.Count == 0 ? new(item, ItemStatus.Imported, "", line) : new(item, ItemStatus.ConvertedWithLoss, Join(parts), line);
    }

    /// <summary>
    /// The losses, then the filled-in notes: "A; B; and C was filled in", never "A; nothing, but C" (which read as if
    /// nothing were lost) and, with no loss, "nothing, but C".
    /// </summary>
    public static string Join(IEnumerable<string> parts)
    {
        var all = parts.ToList();
        var notes = all.Where(p => p.StartsWith(FilledIn, StringComparison.Ordinal)).Select(p => p[FilledIn.Length..]).ToList();
        var losses = all.Where(p => !p.StartsWith(FilledIn, StringComparison.Ordinal)).ToList();
        if (losses.Count == 0)
            return FilledIn + string.Join("; ", notes);
        return string.Join("; ", losses) + (notes.Count > 0 ? "; and " + string.Join("; ", notes) : "");
    }
}
