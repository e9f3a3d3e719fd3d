using Viva.Core.Bank;

namespace Viva.Core.Checking;

/// <summary>
/// Item-writing statistics over a bank's choice items. A key that is the longest, most hedged or most
/// precise option is a known cue: test-wise candidates pick it without knowing the answer. So the share
/// of items whose longest option is correct must stay at what chance gives (for an item with k correct
/// options of n, k/n). Ties share the credit: a key tied with one distractor for longest counts 1/2.
/// </summary>
public sealed record ChoiceStats(int Items, double LongestIsCorrect, double LongestIsCorrectByChance, double FirstIsCorrect, double FirstIsCorrectByChance)
{
    /// <summary>Whether the longest option is correct no more often than chance would have it.</summary>
    public bool LengthIsNoCue => LongestIsCorrect <= LongestIsCorrectByChance + 1e-9;

    public static ChoiceStats Of(QuestionBank bank)
    {
        var items = bank.Questions.SelectMany(q => q.Quiz.OfType<ChoiceItem>()).Where(i => i.Options.Count > 1).ToList();
        if (items.Count == 0)
            return new ChoiceStats(0, 0, 0, 0, 0);
        double longest = 0, first = 0, chance = 0;
        foreach (var item in items)
        {
            var max = item.Options.Max(o => o.Text.Length);
            var tied = item.Options.Where(o => o.Text.Length == max).ToList();
            longest += (double)tied.Count(o => o.Correct) / tied.Count;
            first += item.Options[0].Correct ? 1 : 0;
            chance += (double)item.Options.Count(o => o.Correct) / item.Options.Count;
        }
        return new ChoiceStats(items.Count, longest / items.Count, chance / items.Count, first / items.Count, chance / items.Count);
    }
}
