using Viva.Core.Interviews;

namespace Viva.Core.Tests.Interviews;

public sealed class ScorecardRulesTests
{
    private static readonly bool[] NoneTicked = [false, false, false];
    private static readonly bool[] OneTicked = [false, true, false];

    [Fact]
    public void The_extremes_need_a_tick_or_a_note()
    {
        Assert.Equal("A 4 needs a ticked key point or a note saying what earned it.", ScorecardRules.Validate(4, NoneTicked, null));
        Assert.Equal("A 1 needs a ticked key point or a note saying what was missing or wrong.", ScorecardRules.Validate(1, NoneTicked, "   "));
        Assert.Null(ScorecardRules.Validate(4, OneTicked, null));
        Assert.Null(ScorecardRules.Validate(4, NoneTicked, "Explained PEP 703 unprompted."));
        Assert.Null(ScorecardRules.Validate(1, NoneTicked, "Said threads never run in parallel."));
        Assert.Null(ScorecardRules.Validate(1, OneTicked, null));
    }

    [Fact]
    public void The_middle_scores_stand_on_their_own_and_other_numbers_are_refused()
    {
        Assert.Null(ScorecardRules.Validate(2, NoneTicked, null));
        Assert.Null(ScorecardRules.Validate(3, NoneTicked, ""));
        Assert.Equal("A score is 1, 2, 3 or 4.", ScorecardRules.Validate(0, OneTicked, "note"));
        Assert.Equal("A score is 1, 2, 3 or 4.", ScorecardRules.Validate(5, OneTicked, "note"));
    }
}
