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
        Assert.Equal((1 / 2.0 + 2 / 3.0) / 2, stats.LongestIsCorrectByChance, 6);
        Assert.Equal(1.0, stats.FirstIsCorrect, 6);
        Assert.True(stats.LengthIsNoCue);
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
