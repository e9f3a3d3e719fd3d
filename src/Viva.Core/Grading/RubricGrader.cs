using Viva.Core.Bank;

namespace Viva.Core.Grading;

/// <summary>
/// Scores a free-text answer against a question's weighted key points: the weight of the points that
/// <see cref="KeyPointMatcher"/> pre-ticks over the total weight, 0-100, with each point's supporting sentence.
/// An empty answer is refused (<see cref="ArgumentException"/>), not graded 0.
/// </summary>
public static class RubricGrader
{
    public static RubricResult Grade(IReadOnlyList<KeyPoint> points, string answer) => KeyPointMatcher.Match(points, answer);
}
