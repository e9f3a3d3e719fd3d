namespace Viva.Core.Interchange;

/// <summary>What became of one item crossing a format boundary.</summary>
public enum ItemStatus
{
    /// <summary>Everything the item holds arrived.</summary>
    Imported,
    /// <summary>It arrived, but something it held did not (named in the outcome).</summary>
    ConvertedWithLoss,
    /// <summary>It did not arrive (the outcome says why).</summary>
    Skipped,
}
