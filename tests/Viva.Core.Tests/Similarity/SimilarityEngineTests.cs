using Viva.Core.Similarity;

namespace Viva.Core.Tests.Similarity;

public class SimilarityEngineTests
{
    private const string Starter = """
        class Inventory:
            def __init__(self, items):
                self.items = dict(items)

            def restock(self, name, count):
                raise NotImplementedError

            def take(self, name, count):
                raise NotImplementedError

            def report(self):
                raise NotImplementedError
        """;

    private const string Solution = """
        class Inventory:
            def __init__(self, items):
                self.items = dict(items)

            def restock(self, name, count):
                if count <= 0:
                    raise ValueError("count must be positive")
                self.items[name] = self.items.get(name, 0) + count

            def take(self, name, count):
                have = self.items.get(name, 0)
                if count > have:
                    raise KeyError(name)
                if have == count:
                    del self.items[name]
                else:
                    self.items[name] = have - count
                return count

            def report(self):
                lines = []
                for name in sorted(self.items):
                    lines.append(f"{name}: {self.items[name]}")
                return "\n".join(lines)
        """;

    [Fact]
    public void A_renamed_copy_is_flagged_with_its_regions_and_an_unrelated_program_is_not()
    {
        var engine = new SimilarityEngine(SimilarityOptions.Default, [Starter]);
        var renamed = Solution.Replace("name", "key", StringComparison.Ordinal).Replace("have", "stock", StringComparison.Ordinal).Replace("lines", "out", StringComparison.Ordinal);
        var copy = engine.Compare(Solution, renamed);
        Assert.Equal(SimilarityVerdict.Flagged, copy.Verdict);
        Assert.Equal(1.0, copy.Score);
        Assert.NotEmpty(copy.Regions);
        Assert.All(copy.Regions, r => Assert.True(r.FirstLineA >= 5 && r.LastLineA <= 24 && r.FirstLineB >= 5, r.ToString()));

        const string other = """
            import heapq

            def merge_sorted(*streams):
                heap = []
                for index, stream in enumerate(streams):
                    iterator = iter(stream)
                    for value in iterator:
                        heapq.heappush(heap, (value, index, iterator))
                        break
                while heap:
                    value, index, iterator = heapq.heappop(heap)
                    yield value
                    for nxt in iterator:
                        heapq.heappush(heap, (nxt, index, iterator))
                        break
            """;
        Assert.Equal(SimilarityVerdict.NotSimilar, engine.Compare(Solution, other).Verdict);
    }

    [Fact]
    public void Code_every_solution_shares_is_excluded_so_two_starters_with_little_added_are_too_short_to_judge()
    {
        var withStarter = new SimilarityEngine(SimilarityOptions.Default, [Starter]);
        var without = new SimilarityEngine(SimilarityOptions.Default, []);
        var kept = Starter + "\n\ndef helper():\n    return 1\n";
        Assert.Empty(withStarter.Fingerprint(Starter).Fingerprints);
        Assert.Equal(SimilarityVerdict.Flagged, without.Compare(Starter, kept).Verdict);
        Assert.Equal(SimilarityVerdict.TooShort, withStarter.Compare(Starter, kept).Verdict);
        Assert.True(withStarter.Fingerprint(Solution).Fingerprints.Count < without.Fingerprint(Solution).Fingerprints.Count);
    }

    [Fact]
    public void A_submission_shorter_than_the_guaranteed_run_is_too_short_to_judge()
    {
        var engine = new SimilarityEngine(SimilarityOptions.Default, []);
        const string tiny = "x = 1\ny = x\n";
        Assert.True(PythonTokenizer.Tokenize(tiny).Count < SimilarityOptions.Default.GuaranteedRun);
        var result = engine.Compare(tiny, tiny);
        Assert.Equal(SimilarityVerdict.TooShort, result.Verdict);
        Assert.Equal(0, result.Score);
        Assert.Empty(result.Regions);
        const string small = "def f(x):\n    y = x + 1\n    return y * 2\n";
        Assert.True(PythonTokenizer.Tokenize(small).Count >= SimilarityOptions.Default.GuaranteedRun);
        Assert.Equal(SimilarityVerdict.TooShort, engine.Compare(small, small).Verdict); // too few fingerprints
    }
}
