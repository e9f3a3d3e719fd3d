namespace Viva.Core.Interchange;

/// <summary>One line of an import or export report: which item, what became of it and, unless it arrived whole, what was lost or why.</summary>
public sealed record ItemOutcome(string Item, ItemStatus Status, string Detail, int Line = 0)
{
    public override string ToString() => Status switch
    {
        ItemStatus.Imported => $"imported  {Item}",
        ItemStatus.ConvertedWithLoss => $"converted {Item}: lost {Detail}",
        _ => $"skipped   {Item}: {Detail}",
    };
}
