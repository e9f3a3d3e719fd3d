using Viva.Core.Bank;

namespace Viva.Core.Grading;

/// <summary>
/// Grades a choice or multi item by the ids of the options picked (<see cref="ChoiceOption.Id"/>), never
/// by their positions: correct only when exactly the correct options are picked, each once.
/// </summary>
public static class ChoiceGrader
{
    public static bool IsCorrect(ChoiceItem item, IReadOnlyCollection<string> selected) =>
        Problem(item, selected) is null && item.Options.Where(o => o.Correct).Select(o => o.Id).ToHashSet(StringComparer.Ordinal).SetEquals(selected);

    /// <summary>Why <paramref name="selected"/> is not a valid answer to the item (nothing picked, an unknown or repeated id); null when it is.</summary>
    public static string? Problem(ChoiceItem item, IReadOnlyCollection<string> selected)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(selected);
        if (selected.Count == 0)
            return "no option was chosen";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in selected)
        {
            if (id is null || !item.Options.Any(o => o.Id == id))
                return "an option id is not one of this item's options";
            if (!seen.Add(id))
                return $"option {id} was chosen twice";
        }
        return null;
    }
}
