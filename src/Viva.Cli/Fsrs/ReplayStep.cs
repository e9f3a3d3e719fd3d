using Viva.Core.Scheduling;

namespace Viva.Cli.Fsrs;

/// <summary>A replayed review: what was answered, the recall probability just before, and the card's state after.</summary>
internal sealed record ReplayStep(ReplayReview Review, double Retrievability, CardState Card)
{
    public static List<ReplayStep> Replay(ReplayFile file)
    {
        var scheduler = new FsrsScheduler(file.Parameters);
        var card = CardState.New(file.Reviews[0].At);
        var steps = new List<ReplayStep>(file.Reviews.Count);
        foreach (var review in file.Reviews)
        {
            var retrievability = scheduler.Retrievability(card, review.At);
            card = scheduler.Next(card, review.At, review.Rating);
            steps.Add(new ReplayStep(review, retrievability, card));
        }
        return steps;
    }
}
