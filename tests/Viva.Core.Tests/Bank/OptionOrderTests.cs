using System.Text;
using Viva.Core.Bank;
using Viva.Core.Grading;
using Xunit.Abstractions;

namespace Viva.Core.Tests.Bank;

public sealed class OptionOrderTests(ITestOutputHelper output)
{
    private static readonly Lazy<List<ChoiceItem>> BundledItems = new(() =>
        QuestionBank.Load([RepositoryPaths.BundledBank]).Questions.SelectMany(q => q.Quiz.OfType<ChoiceItem>()).ToList());

    private static readonly string[] Seeds = ["learner-a", "learner-b", "learner-c", "learner-d", "learner-e"];

    private static Question Parse(string text) => QuestionParser.Parse("sample.md", Encoding.UTF8.GetBytes(text)).Question!;

    private static ChoiceItem SampleMulti => Parse(TestBank.ValidQuestion).Quiz.OfType<ChoiceItem>().Single(c => c.MultipleAnswers);

    [Fact]
    public void SipHash_gives_the_test_vector_of_its_paper()
    {
        var key = Enumerable.Range(0, 16).Select(i => (byte)i).ToArray();
        var message = Enumerable.Range(0, 15).Select(i => (byte)i).ToArray();

        var hash = SipHash.Hash24(BitConverter.ToUInt64(key, 0), BitConverter.ToUInt64(key, 8), message);

        Assert.Equal(0xa129ca6149be45e5UL, hash);
    }

    [Fact]
    public void An_option_id_comes_from_its_question_item_and_text_and_not_from_its_place_in_the_file()
    {
        var moved = TestBank.ValidQuestion.Replace("""
            - [x] A list
              Lists are iterable.
            - [x] A generator
              Generators are iterators.
            - [ ] An int
              Ints are not iterable.
            """, """
            - [ ] An int
              Ints are not iterable.
            - [x] A generator
              Generators are iterators.
            - [x] A list
              Lists are iterable.
            """, StringComparison.Ordinal);
        var original = SampleMulti;
        var reordered = Parse(moved).Quiz.OfType<ChoiceItem>().Single(c => c.MultipleAnswers);

        Assert.Equal(original.Options.ToDictionary(o => o.Text, o => o.Id), reordered.Options.ToDictionary(o => o.Text, o => o.Id));
        Assert.All(original.Options, o => Assert.Matches("^[0-9a-f]{12}$", o.Id));
        Assert.Equal(ChoiceOption.IdFor("sample", "Which are iterables?", "A list"), original.Options[0].Id);
        Assert.NotEqual(ChoiceOption.IdFor("other", "Which are iterables?", "A list"), original.Options[0].Id);
        Assert.NotEqual(ChoiceOption.IdFor("sample", "Another item", "A list"), original.Options[0].Id);
    }

    [Fact]
    public void The_same_learner_gets_the_same_order_every_time_and_moving_an_option_in_the_file_does_not_change_it()
    {
        var item = SampleMulti;
        var reversed = item with { Options = item.Options.Reverse().ToList() };

        var first = new OptionOrder("learner-a").Arrange(item).Select(o => o.Id).ToList();

        Assert.Equal(first, new OptionOrder("learner-a").Arrange(item).Select(o => o.Id));
        Assert.Equal(first, new OptionOrder("learner-a").Arrange(reversed).Select(o => o.Id));
    }

    [Fact]
    public void The_order_of_a_seed_is_pinned_so_an_upgrade_does_not_reshuffle_every_learner()
    {
        // Changing the hash, its key derivation or the ids would show every learner new orders; if that is
        // ever intended, update these with a note in the change.
        Assert.Equal(["A generator", "An int", "A list"], new OptionOrder("learner-c").Arrange(SampleMulti).Select(o => o.Text));
        Assert.Equal([1, 2, 0], new OptionOrder("learner-c").Permutation(["a", "b", "c"]));
    }

    [Fact]
    public void Every_option_of_every_bundled_item_is_shown_exactly_once()
    {
        Assert.NotEmpty(BundledItems.Value);
        foreach (var seed in Seeds)
        {
            var order = new OptionOrder(seed);
            Assert.All(BundledItems.Value, item =>
                Assert.Equal(item.Options.Select(o => o.Id).Order(StringComparer.Ordinal), order.Arrange(item).Select(o => o.Id).Order(StringComparer.Ordinal)));
        }
    }

    [Fact]
    public void Two_learners_see_many_bundled_items_in_different_orders()
    {
        var a = new OptionOrder("learner-a");
        var b = new OptionOrder("learner-b");

        var differing = BundledItems.Value.Count(item => !a.Arrange(item).SequenceEqual(b.Arrange(item)));

        // Two independent orders of four options agree 1 time in 24.
        Assert.True(differing > BundledItems.Value.Count * 0.8, $"{differing} of {BundledItems.Value.Count} items differ");
    }

    [Fact]
    public void The_correct_option_of_a_four_option_item_is_shown_in_each_place_about_equally_often()
    {
        var item = Parse(TestBank.ValidQuestion).Quiz.OfType<ChoiceItem>().Single(c => !c.MultipleAnswers);
        item = item with { Options = [.. item.Options, item.Options[1] with { Id = "c", Text = "c" }, item.Options[1] with { Id = "d", Text = "d" }] };
        const int learners = 8000;
        var places = new int[4];

        for (var i = 0; i < learners; i++)
            places[new OptionOrder($"learner-{i}").Arrange(item).ToList().FindIndex(o => o.Correct)]++;

        // Each place is a binomial(8000, 1/4): 2000 ± 39 (one standard deviation); 5 sigma is ±194.
        output.WriteLine($"places of the correct option over {learners} learners: {string.Join(", ", places)}");
        Assert.All(places, n => Assert.InRange(n, 1806, 2194));
    }

    [Fact]
    public void Always_picking_the_option_shown_first_scores_about_chance_over_the_bundled_bank()
    {
        var all = BundledItems.Value;
        var single = all.Where(i => !i.MultipleAnswers).ToList();
        // Picking one option is right only for an item with exactly one correct option, 1 time in n.
        static double Chance(List<ChoiceItem> items) => items.Sum(i => i.Options.Count(o => o.Correct) == 1 ? 1.0 / i.Options.Count : 0) / items.Count;
        static double FirstShown(List<ChoiceItem> items, Func<ChoiceItem, IReadOnlyList<ChoiceOption>> shown) =>
            items.Count(i => ChoiceGrader.IsCorrect(i, [shown(i)[0].Id])) / (double)items.Count;
        output.WriteLine($"{single.Count} choice items: chance {Chance(single):P1}, first in file order {FirstShown(single, i => i.Options):P1}");
        output.WriteLine($"{all.Count} choice and multi items: chance {Chance(all):P1}, first in file order {FirstShown(all, i => i.Options):P1}");

        var singleScores = new List<double>();
        var allScores = new List<double>();
        foreach (var seed in Seeds)
        {
            var order = new OptionOrder(seed);
            singleScores.Add(FirstShown(single, order.Arrange));
            allScores.Add(FirstShown(all, order.Arrange));
            output.WriteLine($"seed {seed}: the first option shown is right for {singleScores[^1]:P1} of choice items, {allScores[^1]:P1} of all");
        }

        // One learner's score on ~80 choice items is chance ± ~5 points (one standard deviation), on all
        // ~150 items ± ~3 points; the bounds are three of them. Five learners together: tighter still.
        Assert.All(singleScores, s => Assert.InRange(s, Chance(single) - 0.15, Chance(single) + 0.15));
        Assert.All(allScores, s => Assert.InRange(s, Chance(all) - 0.09, Chance(all) + 0.09));
        Assert.InRange(singleScores.Average(), Chance(single) - 0.07, Chance(single) + 0.07);
    }
}
