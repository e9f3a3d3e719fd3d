using Viva.Core.Bank;
using Viva.Core.Interviews;

namespace Viva.Core.Tests.Interviews;

public sealed class ScoreAnchorsTests
{
    [Fact]
    public void The_gil_anchors_name_its_own_key_points()
    {
        var gil = Bundled.Get("gil");
        var anchors = ScoreAnchors.For(gil);

        Assert.Equal([1, 2, 3, 4], anchors.Select(a => a.Score));
        var four = anchors[3];
        Assert.Contains("The GIL protects interpreter internals", four.Text);
        Assert.Contains("It is released during blocking I/O", four.Text);
        Assert.Contains(gil.FollowUps[0].Question, four.Text);
        Assert.Equal(gil.KeyPoints.Where(p => p.Weight == 4), four.KeyPoints);

        // The weights are 4 4 3 2 3 2 3 (21): the two 4s are 38%, a 2; with the first two 3s, 67%, a 3.
        Assert.Equal(gil.KeyPoints.Where(p => p.Weight == 4), anchors[1].KeyPoints);
        Assert.Equal(4, anchors[2].KeyPoints.Count);
        Assert.Contains("CPU-bound pure-Python threads do not run in parallel", anchors[2].Text);
        Assert.Contains("The free-threaded build", anchors[2].Text);
        Assert.Contains("pitfall: \"Python threads can never run in parallel\".", anchors[0].Text);
        Assert.Empty(anchors[0].KeyPoints);
    }

    [Fact]
    public void Every_question_of_the_bank_gets_four_anchors_on_one_line_each_with_balanced_code()
    {
        foreach (var question in Bundled.Questions)
        {
            var anchors = ScoreAnchors.For(question);
            Assert.Equal(4, anchors.Count);
            Assert.All(anchors, a => Assert.DoesNotContain('\n', a.Text));
            Assert.All(anchors, a => Assert.True(a.Text.Count(c => c == '`') % 2 == 0, $"{question.Id}: {a.Text}"));
            Assert.All(anchors.Skip(1), a => Assert.NotEmpty(a.KeyPoints));
        }
    }

    [Fact]
    public void The_suggestion_follows_the_ticked_weight_and_a_4_needs_every_top_point()
    {
        var gil = Bundled.Get("gil").KeyPoints; // weights 4 4 3 2 3 2 3, total 21

        Assert.Equal(1, ScoreAnchors.Suggest(gil, [false, false, false, false, false, false, false]));
        Assert.Equal(1, ScoreAnchors.Suggest(gil, [true, false, false, false, false, false, false])); // 19%
        Assert.Equal(2, ScoreAnchors.Suggest(gil, [true, false, false, true, false, false, false])); // 29%
        Assert.Equal(2, ScoreAnchors.Suggest(gil, [true, true, false, false, true, false, false])); // 52%
        Assert.Equal(3, ScoreAnchors.Suggest(gil, [true, true, true, false, true, false, false])); // 67%
        Assert.Equal(4, ScoreAnchors.Suggest(gil, [true, true, true, false, true, true, true])); // 90%
        Assert.Equal(3, ScoreAnchors.Suggest(gil, [false, true, true, true, true, true, true])); // 81%, a top point missing
        Assert.Equal(4, ScoreAnchors.Suggest(gil, [true, true, true, true, true, true, true]));
        Assert.Throws<ArgumentException>(() => ScoreAnchors.Suggest(gil, [true]));
    }

    [Fact]
    public void Eighty_five_percent_without_the_top_point_is_a_3()
    {
        var points = FakeQuestion.Make("flat", "a", Level.Mid, 10, [2, .. Enumerable.Repeat(1, 12)]).KeyPoints; // total 14
        bool[] Ticks(bool top, int ones) => [top, .. Enumerable.Range(0, 12).Select(i => i < ones)];

        Assert.Equal(3, ScoreAnchors.Suggest(points, Ticks(top: false, ones: 12))); // 86%
        Assert.Equal(4, ScoreAnchors.Suggest(points, Ticks(top: true, ones: 10))); // 86%
        Assert.Equal(3, ScoreAnchors.Suggest(points, Ticks(top: true, ones: 9))); // 79%
        Assert.Equal(1, ScoreAnchors.Suggest(points, Ticks(top: true, ones: 0))); // 14%
    }
}
