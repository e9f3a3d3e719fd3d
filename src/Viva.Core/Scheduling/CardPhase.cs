namespace Viva.Core.Scheduling;

/// <summary>Where a card is in its life: never seen, in its first (re)learning steps, or in long-term review.</summary>
public enum CardPhase
{
    /// <summary>Never reviewed.</summary>
    New = 0,

    /// <summary>Seen, still working through the learning steps.</summary>
    Learning = 1,

    /// <summary>Graduated: scheduled in whole days by the memory model.</summary>
    Review = 2,

    /// <summary>Forgotten in review, working through the relearning steps.</summary>
    Relearning = 3,
}
