using Viva.Core.Bank;
using Viva.Core.Interviews;

namespace Viva.Core.Tests.Interviews;

public sealed class KitSwapTests
{
    [Theory]
    [InlineData(Level.Mid, 45)]
    [InlineData(Level.Senior, 30)]
    [InlineData(Level.Senior, 60)]
    public void Every_replacement_keeps_the_kit_a_kit_and_the_same_area_comes_first(Level level, int minutes)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var request = new KitRequest(level, minutes, seed) { Excluded = ["gil", "json"] };
            var kit = KitProposer.Propose(Bundled.Questions, request).Kit!;
            foreach (var outgoing in kit.Questions)
            {
                var replacements = KitProposer.Swap(Bundled.Questions, kit, outgoing.Id, seed);
                Assert.NotEmpty(replacements);
                Assert.All(replacements, r =>
                {
                    Assert.DoesNotContain(kit.Questions, q => q.Id == r.Id);
                    KitInvariants.AssertHolds(kit.Replace(outgoing.Id, r), request);
                });
                var sameArea = replacements.TakeWhile(r => r.Area == outgoing.Area).Count();
                Assert.DoesNotContain(replacements.Skip(sameArea), r => r.Area == outgoing.Area);
                Assert.Equal(replacements.Select(r => r.Id), KitProposer.Swap(Bundled.Questions, kit, outgoing.Id, seed).Select(r => r.Id));
            }
        }
    }

    [Fact]
    public void A_replacement_that_would_drop_the_kit_to_two_areas_is_not_offered()
    {
        var bank = new List<Question>
        {
            FakeQuestion.Make("a1", "a", Level.Senior, 10), FakeQuestion.Make("a2", "a", Level.Senior, 10),
            FakeQuestion.Make("b1", "b", Level.Senior, 10), FakeQuestion.Make("c1", "c", Level.Senior, 10),
            FakeQuestion.Make("a3", "a", Level.Senior, 10), FakeQuestion.Make("b2", "b", Level.Senior, 10),
            FakeQuestion.Make("a-mid", "a", Level.Mid, 10), FakeQuestion.Make("c-long", "c", Level.Senior, 30),
        };
        var kit = KitProposer.Propose(bank, new KitRequest(Level.Senior, 40, 0) { Excluded = ["a3", "b2"] }).Kit!;
        Assert.Equal(["a1", "a2", "b1", "c1"], kit.Questions.Select(q => q.Id).Order());

        // c1 is the only question of its area; a1 or b2 would leave two areas, c-long breaks the box.
        Assert.Empty(KitProposer.Swap(bank, kit, "c1", 0));
        // For a1: a3 is excluded, and the mid one is allowed as a quarter of the minutes.
        Assert.Equal(["a-mid"], KitProposer.Swap(bank, kit, "a1", 0).Select(q => q.Id));
    }

    [Fact]
    public void Swapping_a_question_not_in_the_kit_is_a_bug_of_the_caller()
    {
        var kit = KitProposer.Propose(Bundled.Questions, new KitRequest(Level.Senior, 45, 0)).Kit!;
        Assert.Throws<ArgumentException>(() => KitProposer.Swap(Bundled.Questions, kit, "not-in-kit", 0));
    }
}
