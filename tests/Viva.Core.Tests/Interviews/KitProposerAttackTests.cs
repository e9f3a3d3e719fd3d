using Viva.Core.Bank;
using Viva.Core.Interviews;

namespace Viva.Core.Tests.Interviews;

/// <summary>Banks built to tempt a proposer into the wrong kit, and a brute force to check it against.</summary>
public sealed class KitProposerAttackTests
{
    private static readonly string[] Areas = ["a", "b", "c", "d"];

    [Fact]
    public void A_bank_crowded_into_one_area_still_gives_a_kit_over_three()
    {
        // Twenty questions of one area fill any box alone; a proposer that ignores the spread takes them.
        var bank = Enumerable.Range(0, 20).Select(i => FakeQuestion.Make($"lang{i}", "language", Level.Senior, 10))
            .Append(FakeQuestion.Make("conc", "concurrency", Level.Senior, 10))
            .Append(FakeQuestion.Make("perf", "performance", Level.Senior, 12))
            .ToList();
        for (var seed = 0; seed < 50; seed++)
        {
            var request = new KitRequest(Level.Senior, 45, seed);
            var kit = KitProposer.Propose(bank, request).Kit!;
            KitInvariants.AssertHolds(kit, request);
            Assert.Contains(kit.Questions, q => q.Id == "conc");
            Assert.Contains(kit.Questions, q => q.Id == "perf");
        }
    }

    [Fact]
    public void A_bank_crowded_with_another_level_still_gives_a_kit_at_the_asked_one()
    {
        // Mid questions outnumber senior ones six to one; a proposer that ignores the level takes them.
        var bank = Areas[..3]
            .SelectMany(area => Enumerable.Range(0, 12).Select(i => FakeQuestion.Make($"{area}-mid{i}", area, Level.Mid, 10))
                .Append(FakeQuestion.Make($"{area}-senior0", area, Level.Senior, 10))
                .Append(FakeQuestion.Make($"{area}-senior1", area, Level.Senior, 10)))
            .Append(FakeQuestion.Make("staff", "a", Level.Staff, 10))
            .ToList();
        for (var seed = 0; seed < 50; seed++)
        {
            var request = new KitRequest(Level.Senior, 60, seed);
            var kit = KitProposer.Propose(bank, request).Kit!;
            KitInvariants.AssertHolds(kit, request);
            Assert.True(kit.Questions.Count(q => q.Level == Level.Senior) >= 4);
        }
        Assert.Contains("Only 60 minutes of senior questions", KitProposer.Propose(bank, new KitRequest(Level.Senior, 120, 0)).Failure);
    }

    [Fact]
    public void The_proposer_finds_a_kit_exactly_when_a_brute_force_over_every_subset_does()
    {
        var random = new Random(2026);
        var (found, none) = (0, 0);
        for (var round = 0; round < 400; round++)
        {
            var bank = Enumerable.Range(0, 12)
                .Select(i => FakeQuestion.Make($"q{i}", Areas[random.Next(Areas.Length)], (Level)random.Next(3), random.Next(6, 13)))
                .ToList();
            var request = new KitRequest((Level)random.Next(3), random.Next(15, 70), round);
            var exists = Subsets(bank).Any(s => KitInvariants.IsKit(s, request.Level, request.Minutes));
            var proposal = KitProposer.Propose(bank, request);

            Assert.True(exists == proposal.Succeeded, $"round {round}: brute force {exists}, proposer {proposal.Failure ?? "found one"}");
            if (proposal.Kit is { } kit)
                KitInvariants.AssertHolds(kit, request);
            (found, none) = exists ? (found + 1, none) : (found, none + 1);
        }
        // Both outcomes must be common, or the comparison proves little.
        Assert.True(found > 80 && none > 80, $"{found} with a kit, {none} without");
    }

    private static IEnumerable<List<Question>> Subsets(List<Question> bank)
    {
        for (var mask = 1; mask < 1 << bank.Count; mask++)
            yield return bank.Where((_, i) => (mask & (1 << i)) != 0).ToList();
    }
}
