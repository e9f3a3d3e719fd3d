namespace Viva.Core.Scheduling;

/// <summary>
/// How well a set of questions (a topic, an area) is known now: the mean, over all of its questions, of each
/// one's chance of being recalled now. A reviewed card counts its FSRS retrievability; a card still in
/// learning or relearning counts 0 (its last answer was a miss, or it has not yet been recalled on a later
/// step), and so does a question never studied. That is the mean recall of the reviewed cards times the share
/// of questions studied, so a failed card or an unstudied question lowers the figure, and 100% means every
/// question was learned and is likely recalled today. The web pages and <c>viva stats</c> both show this.
/// </summary>
public static class Mastery
{
    /// <summary>The one-line explanation shown next to the figure.</summary>
    public const string Explanation =
        "Mastery is the chance you recall a question now, averaged over all its questions: a card still being (re)learned after a miss counts 0, as does a question not studied yet.";

    /// <summary>One card's part of the figure: its retrievability at <paramref name="now"/> once it has graduated to review, else 0.</summary>
    public static double CardRecall(FsrsScheduler scheduler, CardState card, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        return card.State == CardPhase.Review ? scheduler.Retrievability(card, now) : 0;
    }

    /// <summary>The figure over <paramref name="questions"/> cards, one per question, null for a question never studied.</summary>
    public static MasteryFigure Of(FsrsScheduler scheduler, IEnumerable<CardState?> questions, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var total = 0;
        var studied = 0;
        var recall = 0.0;
        foreach (var card in questions)
        {
            total++;
            if (card is { } c)
            {
                studied++;
                recall += CardRecall(scheduler, c, now);
            }
        }
        return new MasteryFigure(total == 0 ? 0 : recall / total, studied, total);
    }
}

/// <summary>A mastery figure: <paramref name="Value"/> in [0, 1], and how many of the questions were studied.</summary>
public readonly record struct MasteryFigure(double Value, int Studied, int Questions)
{
    /// <summary>The value as a whole percentage, rounded down so that 100% is only shown when it is earned.</summary>
    public int Percent => (int)Math.Floor(100 * Value + 1e-9);
}
