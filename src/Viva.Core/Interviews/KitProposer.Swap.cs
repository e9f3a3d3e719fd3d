using Viva.Core.Bank;

namespace Viva.Core.Interviews;

public static partial class KitProposer
{
    /// <summary>
    /// The questions that can replace <paramref name="questionId"/> in the kit and keep it a kit (the box,
    /// three areas, the level mix, drawn as its request draws), best first: the same area, then the kit's
    /// own level, then the total closest to the box, then a random rank from <paramref name="seed"/>.
    /// Empty when nothing fits. Throws when the question is not in the kit: the caller offers only its questions.
    /// </summary>
    public static IReadOnlyList<Question> Swap(IReadOnlyList<Question> bank, Kit kit, string questionId, int seed)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(kit);
        var outgoing = kit.Questions.FirstOrDefault(q => q.Id == questionId)
            ?? throw new ArgumentException($"'{questionId}' is not in the kit.", nameof(questionId));
        var request = kit.Request;
        var rest = kit.Questions.Where(q => q.Id != questionId).ToList();
        var restMinutes = rest.Sum(q => q.Minutes);
        var ranks = RandomRanks(bank, seed);
        return bank
            .Where(q => request.Draws(q) && !request.Excluded.Contains(q.Id) && kit.Questions.All(k => k.Id != q.Id))
            .DistinctBy(q => q.Id)
            .Where(q => KitRules.Violation([.. rest, q], request) is null)
            .OrderBy(q => q.Area != outgoing.Area)
            .ThenBy(q => q.Level != request.Level)
            .ThenBy(q => Math.Abs(restMinutes + q.Minutes - request.Minutes))
            .ThenBy(q => ranks[q.Id])
            .ToList();
    }
}
