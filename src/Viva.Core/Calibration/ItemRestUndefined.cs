namespace Viva.Core.Calibration;

/// <summary>Why an item-rest correlation could not be computed (a correlation needs variation on both sides).</summary>
public enum ItemRestUndefined
{
    /// <summary>Fewer than two candidates answered the item and at least one other.</summary>
    TooFewCandidates,

    /// <summary>Everyone who answered got it right, or everyone got it wrong.</summary>
    EveryoneSame,

    /// <summary>The candidates all did equally well on the other items.</summary>
    RestSame,
}
