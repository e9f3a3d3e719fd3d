using Viva.Core.Scheduling;

namespace Viva.Core.Grading;

/// <summary>
/// Maps what was graded in a review to the FSRS rating Viva suggests; the user may always pick another.
/// The weaker signal wins: a perfect quiz does not make up for an answer that missed most key points.
/// </summary>
public static class RatingSuggestion
{
    /// <param name="rubricScore">The typed answer's rubric score (0-100), or null when the user only thought.</param>
    /// <param name="quizCorrect">Quiz items answered correctly in this review.</param>
    /// <param name="quizAnswered">Quiz items answered in this review.</param>
    public static Rating Suggest(int? rubricScore, int quizCorrect, int quizAnswered)
    {
        var ratings = new List<Rating>();
        if (rubricScore is { } score)
            ratings.Add(score switch { >= 90 => Rating.Easy, >= 70 => Rating.Good, >= 40 => Rating.Hard, _ => Rating.Again });
        if (quizAnswered > 0)
            ratings.Add(quizCorrect == quizAnswered ? Rating.Good : quizCorrect * 2 >= quizAnswered ? Rating.Hard : Rating.Again);
        return ratings.Count == 0 ? Rating.Good : ratings.Min();
    }
}
