using Viva.Core.Bank;

namespace Viva.Core.Checking;

/// <summary>
/// Item-writing statistics over a bank's choice items. A key that is the longest, most hedged or most
/// precise option is a known cue: test-wise candidates pick it without knowing the answer. So the share
/// of items whose longest option is correct must stay at what chance gives (for an item with k correct
/// options of n, k/n). Ties share the credit: a key tied with one distractor for longest counts 1/2.
/// The shortest option is held to the same rule: shortening every key to hide it is a cue too.
/// </summary>
public sealed record ChoiceStats(int Items, double LongestIsCorrect, double ShortestIsCorrect, double ByChance, double FirstIsCorrect)
{
    /// <summary>Whether neither the longest nor the shortest option is correct more often than chance would have it.</summary>
    public bool LengthIsNoCue => LongestIsCorrect <= ByChance + 1e-9 && ShortestIsCorrect <= ByChance + 1e-9;

    public static ChoiceStats Of(QuestionBank bank)
    {
        var items = bank.Questions.SelectMany(q => q.Quiz.OfType<ChoiceItem>()).Where(i => i.Options.Count > 1).ToList();
        if (items.Count == 0)
            return new ChoiceStats(0, 0, 0, 0, 0);
        double longest = 0, shortest = 0, first = 0, chance = 0;
        foreach (var item in items)
        {
            longest += CorrectShare(item, item.Options.Max(o => o.Text.Length));
            shortest += CorrectShare(item, item.Options.Min(o => o.Text.Length));
            first += item.Options[0].Correct ? 1 : 0;
            chance += (double)item.Options.Count(o => o.Correct) / item.Options.Count;
        }
        return new ChoiceStats(items.Count, longest / items.Count, shortest / items.Count, chance / items.Count, first / items.Count);
    }

    /// <summary>The share of the options of this length that are correct (ties share the credit).</summary>
    private static double CorrectShare(ChoiceItem item, int length)
    {
        var tied = item.Options.Where(o => o.Text.Length == length).ToList();
        return (double)tied.Count(o => o.Correct) / tied.Count;
    }
}
