using Viva.Core.Calibration;

namespace Viva.Core.Tests.Calibration;

public sealed class QuestionDisagreementTests
{
    [Fact]
    public void Questions_are_listed_most_disagreed_first()
    {
        AnswerScores[] answers =
        [
            new("gil", [3, 3, 4]),       // pairs 0, 1, 1: mean 2/3, range 1
            new("gil", [2, 2]),          // 0
            new("mro", [1, 4]),          // 3
            new("mro", [2, 3, 5]),       // pairs 1, 3, 2: mean 2, range 3
            new("async", [4, 4, 4]),     // 0
            new("decorators", [5]),      // one score: no disagreement to measure
        ];

        var ranked = QuestionDisagreement.Rank(answers);

        Assert.Equal(["mro", "gil", "async"], ranked.Select(q => q.Question));
        Assert.Equal(2.5, ranked[0].MeanPairDifference, 12);
        Assert.Equal(3, ranked[0].WidestRange);
        Assert.Equal(1.0 / 3, ranked[1].MeanPairDifference, 12);
        Assert.Equal(2, ranked[1].Answers);
        Assert.Equal(0, ranked[2].MeanPairDifference);
    }

    [Fact]
    public void Ties_are_broken_by_the_widest_range_then_the_id()
    {
        AnswerScores[] answers =
        [
            new("b", [1, 2]), new("b", [1, 2]),
            new("a", [1, 2]), new("a", [1, 2]),
            new("c", [1, 1]), new("c", [1, 3]), // mean 1, but one answer 2 apart
        ];

        Assert.Equal(["c", "a", "b"], QuestionDisagreement.Rank(answers).Select(q => q.Question));
    }
}
