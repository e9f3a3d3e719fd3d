namespace Viva.Core.Scheduling;

/// <summary>
/// A card's FSRS state after its latest review: a projection of its review log that
/// <see cref="FsrsScheduler.Next"/> advances one review at a time. Field meanings follow ts-fsrs' <c>Card</c>.
/// </summary>
/// <param name="State">The card's phase.</param>
/// <param name="Stability">Days until recall probability falls to 90%; 0 for a new card.</param>
/// <param name="Difficulty">1 (easy) to 10 (hard); 0 for a new card.</param>
/// <param name="Due">When the card should next be reviewed.</param>
/// <param name="LastReview">When it was last reviewed; null for a new card.</param>
/// <param name="Step">Index of the current (re)learning step.</param>
/// <param name="Reps">Number of reviews so far.</param>
/// <param name="Lapses">Number of times it was forgotten in review.</param>
/// <param name="ScheduledDays">Whole days from the last review to <paramref name="Due"/>; 0 for a step in minutes.</param>
/// <param name="ElapsedDays">UTC calendar days between the last two reviews.</param>
public readonly record struct CardState(
    CardPhase State,
    double Stability,
    double Difficulty,
    DateTimeOffset Due,
    DateTimeOffset? LastReview,
    int Step,
    int Reps,
    int Lapses,
    int ScheduledDays,
    int ElapsedDays)
{
    /// <summary>A card that has never been reviewed, due at <paramref name="now"/>.</summary>
    public static CardState New(DateTimeOffset now) => new(CardPhase.New, 0, 0, now, null, 0, 0, 0, 0, 0);
}
