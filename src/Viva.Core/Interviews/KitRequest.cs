using Viva.Core.Bank;

namespace Viva.Core.Interviews;

/// <summary>
/// What an interviewer asks a kit for: the candidate's level, a time box in minutes and a seed (the same
/// request always gives the same kit; "propose again" is another seed). Optionally the areas and topics
/// to draw from, question ids to leave out, and question ids to keep.
/// </summary>
public sealed record KitRequest(Level Level, int Minutes, int Seed)
{
    /// <summary>Area ids to draw from. With <see cref="Topics"/>, a question is drawn when either names it; both empty is the whole bank.</summary>
    public IReadOnlyCollection<string> Areas { get; init; } = [];

    /// <summary>Topic ids to draw from, in whichever area they sit.</summary>
    public IReadOnlyCollection<string> Topics { get; init; } = [];

    public IReadOnlyCollection<string> Excluded { get; init; } = [];

    /// <summary>
    /// Question ids the kit keeps whatever the seed, even from outside <see cref="Areas"/> and
    /// <see cref="Topics"/> (the interviewer chose them by name); they still count for the box, the spread and the level mix.
    /// </summary>
    public IReadOnlyCollection<string> Pinned { get; init; } = [];

    /// <summary>The shortest total inside the box, 90% of it in whole minutes (45 gives 41: 40.5 rounded up).</summary>
    public int MinTotal => (Minutes * 9 + 9) / 10;

    /// <summary>The longest total inside the box, 110% of it in whole minutes (45 gives 49).</summary>
    public int MaxTotal => Minutes * 11 / 10;

    /// <summary>Whether the area and topic choice lets this question in (level and exclusions aside).</summary>
    public bool Draws(Question question) =>
        (Areas.Count == 0 && Topics.Count == 0) || Areas.Contains(question.Area) || Topics.Contains(question.Topic);
}
