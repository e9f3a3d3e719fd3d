namespace Viva.Core.Calibration;

/// <summary>
/// One quiz item across all attempts. <paramref name="Difficulty"/> is p, the share of the candidates who
/// answered it that got it right (null if nobody answered). <paramref name="ItemRest"/> is the corrected
/// item-rest point-biserial correlation: whether those who got it right did better on the other items
/// (null, with <paramref name="Undefined"/> saying why, when it cannot be computed).
/// </summary>
public sealed record ItemStatistics(int Item, int Answered, double? Difficulty, double? ItemRest, ItemRestUndefined? Undefined, ItemFlags Flags);
