using Viva.Core.Bank;
using Viva.Core.Checking;
using Viva.Core.Tests.Bank;

namespace Viva.Core.Tests.Checking;

public sealed class ChoiceStatsTests : IDisposable
{
    private readonly TestBank _bank = new();

    public void Dispose() => _bank.Dispose();

    [Fact]
    public void The_longest_option_is_counted_against_what_chance_gives()
    {
        // choice: the key `0` is shorter than `None`; multi: the longest option, "A generator", is a key.
        _bank.Write("language/sample.md", TestBank.ValidQuestion);

        var stats = ChoiceStats.Of(QuestionBank.Load([_bank.Root]));

        Assert.Equal(2, stats.Items);
        Assert.Equal(0.5, stats.LongestIsCorrect, 6);
        // Shortest: `0` is the key of the choice item; "A list" ties with "An int" in the multi item.
        Assert.Equal((1 + 0.5) / 2, stats.ShortestIsCorrect, 6);
        Assert.Equal((1 / 2.0 + 2 / 3.0) / 2, stats.ByChance, 6);
        Assert.Equal(1.0, stats.FirstIsCorrect, 6);
        Assert.False(stats.LengthIsNoCue); // the shortest option is correct 75% of the time, chance 58%
    }

    [Fact]
    public void Keys_of_middling_length_give_no_cue()
    {
        _bank.Write("language/sample.md", TestBank.ValidQuestion.Replace("- [x] `0`", "- [x] `0`, the default", StringComparison.Ordinal)
            .Replace("- [ ] `None`", "- [ ] `None`, since it is empty", StringComparison.Ordinal)
            .Replace("- [x] A list\n", "- [x] A list object\n", StringComparison.Ordinal)
            .Replace("  Ints are not iterable.", "  Ints are not iterable.\n- [ ] A float\n  Floats are not iterable.", StringComparison.Ordinal));

        var bank = QuestionBank.Load([_bank.Root]);
        var stats = ChoiceStats.Of(bank);

        Assert.DoesNotContain(bank.Problems, p => p.Field != "format");
        Assert.Equal(2, stats.Items);
        Assert.True(stats.LengthIsNoCue, $"longest {stats.LongestIsCorrect}, shortest {stats.ShortestIsCorrect}, chance {stats.ByChance}");
    }

    [Fact]
    public void A_bank_whose_keys_are_the_longest_options_is_flagged()
    {
        _bank.Write("language/sample.md", TestBank.ValidQuestion.Replace("- [x] `0`", "- [x] `0`, the start value of the sum", StringComparison.Ordinal));

        var stats = ChoiceStats.Of(QuestionBank.Load([_bank.Root]));

        Assert.Equal(1.0, stats.LongestIsCorrect, 6);
        Assert.False(stats.LengthIsNoCue);
    }
}
