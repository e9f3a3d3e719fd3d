namespace Viva.Core.Interchange.Gift;

/// <summary>
/// One answer of a GIFT question. <see cref="Weight"/> is the percentage of credit (100 for <c>=</c>,
/// 0 for <c>~</c> unless <c>%n%</c> says otherwise); <see cref="MatchTo"/> is set for matching pairs;
/// <see cref="Min"/> and <see cref="Max"/> for numerical answers (a value with a tolerance is kept as its range too).
/// </summary>
public sealed record GiftAnswer(string Text, decimal Weight, bool ExplicitWeight, string Feedback, int Line)
{
    public string? MatchTo { get; init; }
    public decimal? Value { get; init; }
    public decimal? Tolerance { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }

    /// <summary>Whether the answer earns any credit.</summary>
    public bool Correct => Weight > 0;
}
