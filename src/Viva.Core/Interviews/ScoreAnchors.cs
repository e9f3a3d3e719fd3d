using Viva.Core.Bank;
using Viva.Core.Grading;

namespace Viva.Core.Interviews;

/// <summary>
/// The 1-4 scorecard scale of a question, anchored on its own weighted key points rather than on vague
/// qualities, and the score its ticked points suggest (the interviewer decides; the page pre-selects it).
/// <list type="bullet">
/// <item>4: at least <see cref="FourPercent"/>% of the weight, every top-weighted point among it, and
/// follow-ups handled well (the one part ticks cannot show).</item>
/// <item>3: at least <see cref="ThreePercent"/>% of the weight.</item>
/// <item>2: at least <see cref="TwoPercent"/>% of the weight.</item>
/// <item>1: less, or a wrong claim.</item>
/// </list>
/// The anchors name examples: for 3 and 2, the heaviest points that reach the share, so the examples
/// nest (a 2 is the core alone, a 3 the core and more); for 1, one of the question's pitfalls.
/// </summary>
public static class ScoreAnchors
{
    public const int FourPercent = 85;
    public const int ThreePercent = 60;
    public const int TwoPercent = 25;

    /// <summary>The four anchors of a question, score 1 first.</summary>
    public static IReadOnlyList<ScoreAnchor> For(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var points = question.KeyPoints;
        var top = TopWeighted(points);
        var followUp = question.FollowUps.Count > 0 ? $", e.g. \"{question.FollowUps[0].Question}\"" : "";
        var pitfall = question.Pitfalls.Count > 0 ? $", or a pitfall: {KeyPointLabel.Claim(question.Pitfalls[0].Text)}" : ", or a wrong claim";
        var three = HeaviestReaching(points, ThreePercent);
        var two = HeaviestReaching(points, TwoPercent);
        return
        [
            new(1, $"Little or none of it (under {TwoPercent}% of the weight){pitfall}.", []),
            new(2, $"Some of it ({TwoPercent}%+ of the weight), e.g. {Names(two)}, and little else.", two),
            new(3, $"Most of it ({ThreePercent}%+ of the weight), e.g. {Names(three)}.", three),
            new(4, $"Nearly all of it ({FourPercent}%+ of the weight) including every top point ({Names(top)}), and follow-ups handled well{followUp}.", top),
        ];
    }

    /// <summary>
    /// The score the ticked points reach (ticks in key-point order), 1-4, read from the same rounded
    /// percentage the checklist shows (<see cref="KeyPointChecklist.Score"/>), so the two never disagree.
    /// </summary>
    public static int Suggest(IReadOnlyList<KeyPoint> points, IReadOnlyList<bool> ticks)
    {
        var percent = KeyPointChecklist.Score(points, ticks);
        var topWeight = points.Count == 0 ? 0 : points.Max(p => p.Weight);
        var everyTop = !points.Where((p, i) => p.Weight == topWeight && !ticks[i]).Any();
        if (percent >= FourPercent && everyTop)
            return 4;
        if (percent >= ThreePercent)
            return 3;
        return percent >= TwoPercent ? 2 : 1;
    }

    private static List<KeyPoint> TopWeighted(IReadOnlyList<KeyPoint> points) =>
        points.Count == 0 ? [] : points.Where(p => p.Weight == points.Max(q => q.Weight)).ToList();

    /// <summary>The heaviest points, in file order among equals, until their weight reaches the share.</summary>
    private static List<KeyPoint> HeaviestReaching(IReadOnlyList<KeyPoint> points, int percent)
    {
        var total = points.Sum(p => p.Weight);
        var chosen = new List<KeyPoint>();
        foreach (var point in points.OrderByDescending(p => p.Weight))
        {
            if (100 * chosen.Sum(p => p.Weight) >= percent * total)
                break;
            chosen.Add(point);
        }
        return chosen;
    }

    private static string Names(IEnumerable<KeyPoint> points) => string.Join("; ", points.Select(p => KeyPointLabel.Short(p.Text)));
}
