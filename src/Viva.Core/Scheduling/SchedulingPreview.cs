namespace Viva.Core.Scheduling;

/// <summary>The four possible next states of a card, one per rating: what each answer button would do.</summary>
/// <param name="Again">The state after <see cref="Rating.Again"/>.</param>
/// <param name="Hard">The state after <see cref="Rating.Hard"/>.</param>
/// <param name="Good">The state after <see cref="Rating.Good"/>.</param>
/// <param name="Easy">The state after <see cref="Rating.Easy"/>.</param>
public readonly record struct SchedulingPreview(CardState Again, CardState Hard, CardState Good, CardState Easy)
{
    /// <summary>The state after <paramref name="rating"/>.</summary>
    public CardState this[Rating rating] => rating switch
    {
        Rating.Again => Again,
        Rating.Hard => Hard,
        Rating.Good => Good,
        Rating.Easy => Easy,
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "A rating is 1-4."),
    };
}
