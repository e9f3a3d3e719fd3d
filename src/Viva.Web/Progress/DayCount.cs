namespace Viva.Web.Progress;

/// <summary>Reviews (or cards due) on one UTC day.</summary>
internal sealed record DayCount(string Day, int Count);
