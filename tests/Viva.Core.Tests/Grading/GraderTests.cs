using Viva.Core.Bank;
using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

public sealed class GraderTests
{
    private static readonly Question Sample = QuestionParser.Parse("sample.md", System.Text.Encoding.UTF8.GetBytes(Tests.Bank.TestBank.ValidQuestion)).Question!;

    [Theory]
    [InlineData("13", true)]
    [InlineData("13   \n\n", true)]
    [InlineData("13\r\n", true)]
    [InlineData(" 13", false)]
    [InlineData("13.0", false)]
    public void Predictions_ignore_only_trailing_whitespace(string prediction, bool correct) =>
        Assert.Equal(correct, PredictGrader.IsCorrect(Sample.Quiz.OfType<PredictItem>().Single(), prediction));

    [Fact]
    public void A_choice_is_correct_only_with_exactly_the_right_option_ids()
    {
        var single = Sample.Quiz.OfType<ChoiceItem>().Single(c => !c.MultipleAnswers);
        var multi = Sample.Quiz.OfType<ChoiceItem>().Single(c => c.MultipleAnswers);
        string Id(ChoiceItem item, string text) => item.Options.Single(o => o.Text == text).Id;

        Assert.True(ChoiceGrader.IsCorrect(single, [Id(single, "`0`")]));
        Assert.False(ChoiceGrader.IsCorrect(single, [Id(single, "`None`")]));
        Assert.False(ChoiceGrader.IsCorrect(single, [Id(single, "`0`"), Id(single, "`None`")]));
        Assert.True(ChoiceGrader.IsCorrect(multi, [Id(multi, "A generator"), Id(multi, "A list")]));
        Assert.False(ChoiceGrader.IsCorrect(multi, [Id(multi, "A list")]));
        Assert.False(ChoiceGrader.IsCorrect(multi, [Id(multi, "A list"), Id(multi, "A generator"), Id(multi, "An int")]));
    }

    [Fact]
    public void Positions_unknown_repeated_and_missing_ids_are_never_correct_and_never_throw()
    {
        var single = Sample.Quiz.OfType<ChoiceItem>().Single(c => !c.MultipleAnswers);
        var multi = Sample.Quiz.OfType<ChoiceItem>().Single(c => c.MultipleAnswers);
        var right = single.Options.Single(o => o.Correct).Id;
        var otherItems = multi.Options.Single(o => o.Text == "A list").Id;

        Assert.False(ChoiceGrader.IsCorrect(single, ["0"]));
        Assert.False(ChoiceGrader.IsCorrect(single, [right, right]));
        Assert.False(ChoiceGrader.IsCorrect(single, []));
        Assert.False(ChoiceGrader.IsCorrect(single, [right, "<script>"]));
        Assert.False(ChoiceGrader.IsCorrect(single, [otherItems]));
        Assert.False(ChoiceGrader.IsCorrect(single, [null!]));
        Assert.Null(ChoiceGrader.Problem(single, [right]));
        Assert.Contains("twice", ChoiceGrader.Problem(single, [right, right]), StringComparison.Ordinal);
        Assert.Contains("not one of", ChoiceGrader.Problem(single, ["0"]), StringComparison.Ordinal);
        Assert.NotNull(ChoiceGrader.Problem(single, []));
    }

    [Fact]
    public void Rubric_coverage_is_weighted_and_explains_each_point()
    {
        var points = new[]
        {
            new KeyPoint(3, "`__exit__` always runs once `__enter__` has succeeded", 1),
            new KeyPoint(1, "A truthy return value suppresses the exception", 2),
        };

        var result = RubricGrader.Grade(points, "The __exit__ method always runs after __enter__ succeeds, even on errors.");

        Assert.Equal(75, result.Score);
        Assert.True(result.Points[0].Covered);
        Assert.Contains("__exit__", result.Points[0].Matched);
        Assert.Contains("succeeded", result.Points[0].Matched);
        Assert.False(result.Points[1].Covered);
        Assert.Contains("suppresses", result.Points[1].Missed);
    }

    [Fact]
    public void A_point_with_code_terms_is_not_ticked_by_its_rejected_alternative()
    {
        var points = new[] { new KeyPoint(2, "Use `weakref.finalize` rather than `__del__` for cleanup", 1) };

        var result = RubricGrader.Grade(points, "Use __del__ for cleanup rather than anything else.");

        Assert.False(result.Points[0].Covered);
        Assert.Contains("weakref.finalize", result.Points[0].Missed);
        Assert.Equal(0, result.Score);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public void An_empty_answer_is_refused_not_graded_zero(string answer) =>
        Assert.Throws<ArgumentException>(() => RubricGrader.Grade(Sample.KeyPoints, answer));
}
