using Viva.Core.Bank;
using Viva.Core.Interviews;

namespace Viva.Core.Tests.Interviews;

public sealed class KitProposerRandomTests
{
    [Fact]
    public void Random_requests_on_the_real_bank_give_a_kit_that_holds_or_one_line_saying_why()
    {
        var areas = Bundled.Questions.Select(q => q.Area).Distinct().ToArray();
        var ids = Bundled.Questions.Select(q => q.Id).ToArray();
        var random = new Random(14);
        var (kits, failures) = (0, 0);
        for (var i = 0; i < 1000; i++)
        {
            var request = new KitRequest((Level)random.Next(3), random.Next(5, 200), i)
            {
                Areas = areas.Where(_ => random.Next(3) == 0).ToList(),
                Excluded = ids.Where(_ => random.Next(4) == 0).ToList(),
                Pinned = random.Next(4) == 0 ? [ids[random.Next(ids.Length)]] : [],
            };
            var proposal = KitProposer.Propose(Bundled.Questions, request);
            if (proposal.Kit is { } kit)
            {
                KitInvariants.AssertHolds(kit, request);
                kits++;
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(proposal.Failure));
                Assert.DoesNotContain('\n', proposal.Failure);
                failures++;
            }
        }
        Assert.True(kits > 200 && failures > 200, $"{kits} kits, {failures} failures");
    }
}
