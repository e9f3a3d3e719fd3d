namespace Viva.Web.Progress;

/// <summary>The share of recall tests passed on one UTC day, null when there was none.</summary>
internal sealed record DayRetention(string Day, double? Achieved);
