using Viva.Core.Bank;

namespace Viva.Core.Interviews;

/// <summary>
/// Proposes interview kits that hold to <see cref="KitRules"/>, and replacements for one question of a kit.
/// The search is a depth-first search that tries the greedy choice first (an area the kit lacks while it
/// spans fewer than three, then the kit's own level, then the area with the fewest questions so far, then
/// a seeded random rank), so the first kit it meets is spread. Four searches in turn, the first kit wins:
/// questions at the kit's level only, within ±5% of the box and then ±10%; then with the neighbouring
/// levels, the same two ways. So a kit takes an off-level question only when none fits without one, and
/// sits near the time asked for. Backtracking makes the last search find a kit whenever one exists,
/// within node budgets a bank of this size does not come near.
/// </summary>
public static partial class KitProposer
{
    // Searches stop after this many nodes. When a kit exists the first path usually is one; the budgets
    // only bound hopeless searches (the band near the time asked for may hold nothing, the box must).
    private const int AimBudget = 2_000;
    private const int BoxBudget = 20_000;

    public static KitProposal Propose(IReadOnlyList<Question> bank, KitRequest request)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Minutes <= 0)
            return KitProposal.Fails("A kit needs a time box of at least one minute.");
        var (pinned, pinFailure) = ResolvePinned(bank, request);
        if (pinFailure is not null)
            return KitProposal.Fails(pinFailure);
        var pool = bank
            .Where(q => request.Draws(q) && KitRules.IsEligibleLevel(request.Level, q.Level))
            .Where(q => !request.Excluded.Contains(q.Id) && !request.Pinned.Contains(q.Id))
            .DistinctBy(q => q.Id)
            .ToList();
        if (KitDiagnosis.WhyNone(request, pinned, pool) is { } reason)
            return KitProposal.Fails(reason);
        var ranks = RandomRanks(bank, request.Seed);
        var atLevel = pool.Where(q => q.Level == request.Level).ToList();
        IReadOnlyList<Question>? Search(List<Question> from, (int, int) totals, int budget) =>
            new KitSearch(request, pinned, from, ranks, totals, budget).Run();
        var box = (request.MinTotal, request.MaxTotal);
        var found = Search(atLevel, Aim(request.Minutes), AimBudget) ?? Search(atLevel, box, BoxBudget)
            ?? Search(pool, Aim(request.Minutes), AimBudget) ?? Search(pool, box, BoxBudget);
        return found is null
            ? KitProposal.Fails($"No combination of these questions fits {request.MinTotal}-{request.MaxTotal} minutes over {KitRules.MinAreas} areas with two thirds at {KitRules.Name(request.Level)} level.")
            : KitProposal.Fits(new Kit(request, found));
    }

    /// <summary>±5% of the box, tried first so a kit sits near the time asked for rather than at the edge of the ±10%.</summary>
    private static (int Min, int Max) Aim(int minutes) => ((minutes * 19 + 19) / 20, minutes * 21 / 20);

    private static (List<Question> Pinned, string? Failure) ResolvePinned(IReadOnlyList<Question> bank, KitRequest request)
    {
        var pinned = new List<Question>();
        foreach (var id in request.Pinned.Distinct())
        {
            if (bank.FirstOrDefault(q => q.Id == id) is not { } question)
                return (pinned, $"No question '{id}' in the bank to keep.");
            if (request.Excluded.Contains(id))
                return (pinned, $"'{id}' is both kept and excluded.");
            if (!KitRules.IsEligibleLevel(request.Level, question.Level))
                return (pinned, $"'{id}' is a {KitRules.Name(question.Level)} question; a {KitRules.Name(request.Level)} kit takes questions one level from its own at most.");
            pinned.Add(question);
        }
        return (pinned, null);
    }

    /// <summary>
    /// A random rank per question id, drawn in bank order, so a question's rank for a seed does not
    /// change when others are excluded or pinned.
    /// </summary>
    internal static Dictionary<string, int> RandomRanks(IReadOnlyList<Question> bank, int seed)
    {
        var random = new Random(seed);
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var question in bank)
            ranks.TryAdd(question.Id, random.Next());
        return ranks;
    }
}
