using Viva.Core.Bank;

namespace Viva.Core.Grading;

/// <summary>Grades a choice or multi item: correct only when exactly the correct options are selected.</summary>
public static class ChoiceGrader
{
    public static bool IsCorrect(ChoiceItem item, IReadOnlyCollection<int> selected)
    {
        if (selected.Any(i => i < 0 || i >= item.Options.Count))
            return false;
        var correct = item.Options.Select((o, i) => (o, i)).Where(t => t.o.Correct).Select(t => t.i).ToHashSet();
        return correct.SetEquals(selected);
    }
}
