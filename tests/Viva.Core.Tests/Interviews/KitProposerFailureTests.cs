using Viva.Core.Bank;
using Viva.Core.Interviews;

namespace Viva.Core.Tests.Interviews;

public sealed class KitProposerFailureTests
{
    private static KitProposal Propose(KitRequest request) => KitProposer.Propose(Bundled.Questions, request);

    private static string Failure(KitRequest request)
    {
        var proposal = Propose(request);
        Assert.False(proposal.Succeeded);
        Assert.Null(proposal.Kit);
        Assert.DoesNotContain('\n', proposal.Failure!);
        return proposal.Failure!;
    }

    [Fact]
    public void A_five_minute_box_is_too_small_for_three_areas()
    {
        var failure = Failure(new KitRequest(Level.Senior, 5, 0));
        Assert.Contains("too small for 3 areas", failure);
        Assert.Contains("at most 5 fit", failure);
    }

    [Fact]
    public void A_twenty_minute_box_fails_on_the_shortest_spread_and_a_twenty_five_minute_one_fits()
    {
        // Only language has questions under 10 minutes (6); two more areas make 26, over 20's top of 22.
        Assert.Contains("take 26 minutes", Failure(new KitRequest(Level.Mid, 20, 0)));
        var request = new KitRequest(Level.Mid, 25, 0);
        KitInvariants.AssertHolds(Propose(request).Kit!, request);
    }

    [Fact]
    public void A_six_hundred_minute_box_is_beyond_the_mid_questions_but_a_senior_kit_fills_it()
    {
        Assert.Contains("minutes of mid questions", Failure(new KitRequest(Level.Mid, 600, 0)));
        var senior = new KitRequest(Level.Senior, 600, 0);
        var proposal = Propose(senior);
        Assert.True(proposal.Succeeded, proposal.Failure);
        KitInvariants.AssertHolds(proposal.Kit!, senior);
        Assert.Contains("minutes of senior questions to draw from", Failure(new KitRequest(Level.Senior, 6000, 0)));
    }

    [Fact]
    public void A_single_area_says_a_kit_needs_three()
    {
        var failure = Failure(new KitRequest(Level.Senior, 45, 0) { Areas = ["concurrency"] });
        Assert.Contains("only 1 area(s) (concurrency)", failure);
        Assert.Contains("at least 3", failure);
        Assert.Contains("only 2 area(s) (concurrency, design)", Failure(new KitRequest(Level.Senior, 45, 0) { Areas = ["concurrency", "design"] }));
    }

    [Fact]
    public void An_area_without_questions_at_the_level_does_not_count_toward_the_spread()
    {
        // Performance has no mid question, so a mid kit can only take a senior one there as a minority.
        var request = new KitRequest(Level.Mid, 30, 0) { Areas = ["performance", "tooling", "language"] };
        var proposal = Propose(request);
        Assert.True(proposal.Succeeded, proposal.Failure);
        KitInvariants.AssertHolds(proposal.Kit!, request);
        Assert.Contains(proposal.Kit!.Questions, q => q.Area == "performance" && q.Level == Level.Senior);
    }

    [Fact]
    public void A_staff_kit_has_only_two_staff_questions_to_stand_on()
    {
        var failure = Failure(new KitRequest(Level.Staff, 45, 0));
        Assert.Contains("Only 24 minutes of staff questions", failure);
        Assert.Contains("at least 28", failure);

        // 24 staff minutes and one senior question of 10-12 are a 35-minute staff kit.
        var request = new KitRequest(Level.Staff, 35, 0);
        var kit = Propose(request).Kit!;
        KitInvariants.AssertHolds(kit, request);
        Assert.Equal(2, kit.Questions.Count(q => q.Level == Level.Staff));
        Assert.Equal(Level.Staff, kit.Questions[^1].Level);
    }

    [Fact]
    public void Excluding_everything_says_nothing_is_left()
    {
        var all = Bundled.Questions.Select(q => q.Id).ToList();
        Assert.StartsWith("No senior questions left", Failure(new KitRequest(Level.Senior, 45, 0) { Excluded = all }));
        Assert.StartsWith("No mid questions left", Failure(new KitRequest(Level.Mid, 45, 0) { Areas = ["no-such-area"] }));
    }

    [Fact]
    public void Kept_questions_that_cannot_be_kept_are_named()
    {
        Assert.Equal("No question 'nope' in the bank to keep.", Failure(new KitRequest(Level.Mid, 45, 0) { Pinned = ["nope"] }));
        Assert.Equal("'gil' is both kept and excluded.", Failure(new KitRequest(Level.Senior, 45, 0) { Pinned = ["gil"], Excluded = ["gil"] }));
        Assert.Contains("'c-extensions' is a staff question", Failure(new KitRequest(Level.Mid, 45, 0) { Pinned = ["c-extensions"] }));
        Assert.Contains("kept questions take 58 minutes", Failure(new KitRequest(Level.Senior, 45, 0) { Pinned = ["gil", "metaclasses", "descriptors", "dataclasses", "functools"] }));
        Assert.Contains("off senior level take 18 minutes", Failure(new KitRequest(Level.Senior, 45, 0) { Pinned = ["enums", "json"] }));
    }

    [Fact]
    public void A_box_of_zero_minutes_is_refused_in_words()
    {
        Assert.Equal("A kit needs a time box of at least one minute.", Failure(new KitRequest(Level.Mid, 0, 0)));
        Assert.Equal("A kit needs a time box of at least one minute.", Failure(new KitRequest(Level.Mid, -30, 0)));
    }
}
