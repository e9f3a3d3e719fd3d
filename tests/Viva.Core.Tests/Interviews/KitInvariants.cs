using Viva.Core.Bank;
using Viva.Core.Interviews;

namespace Viva.Core.Tests.Interviews;

/// <summary>
/// The kit rules, written again here from the issue rather than calling KitRules, so a wrong rule in the
/// code is not also the test's oracle.
/// </summary>
internal static class KitInvariants
{
    public static bool IsKit(IReadOnlyCollection<Question> questions, Level level, int box)
    {
        var total = questions.Sum(q => q.Minutes);
        var atLevel = questions.Where(q => q.Level == level).Sum(q => q.Minutes);
        return 10 * total >= 9 * box && 10 * total <= 11 * box
            && questions.Select(q => q.Area).Distinct().Count() >= 3
            && questions.All(q => Math.Abs(q.Level - level) <= 1)
            && 3 * atLevel >= 2 * total
            && questions.Select(q => q.Id).Distinct().Count() == questions.Count;
    }

    public static void AssertHolds(Kit kit, KitRequest request)
    {
        var questions = kit.Questions;
        var total = questions.Sum(q => q.Minutes);
        Assert.InRange(total * 10, request.Minutes * 9, request.Minutes * 11);
        Assert.True(questions.Select(q => q.Area).Distinct().Count() >= 3, $"areas: {string.Join(", ", questions.Select(q => q.Area))}");
        Assert.All(questions, q => Assert.InRange((int)q.Level, (int)request.Level - 1, (int)request.Level + 1));
        var atLevel = questions.Where(q => q.Level == request.Level).Sum(q => q.Minutes);
        Assert.True(3 * atLevel >= 2 * total, $"{atLevel} of {total} minutes at {request.Level}");
        Assert.Equal(questions.Count, questions.Select(q => q.Id).Distinct().Count());
        Assert.All(request.Pinned, id => Assert.Contains(questions, q => q.Id == id));
        Assert.DoesNotContain(questions, q => request.Excluded.Contains(q.Id));
        Assert.All(questions.Where(q => !request.Pinned.Contains(q.Id)), q =>
            Assert.True(request.Areas.Count + request.Topics.Count == 0 || request.Areas.Contains(q.Area) || request.Topics.Contains(q.Topic), q.Id));
        AssertOrdered(questions);
    }

    /// <summary>Warm-ups below the level first, then area by area, shorter first.</summary>
    private static void AssertOrdered(IReadOnlyList<Question> questions)
    {
        for (var i = 1; i < questions.Count; i++)
        {
            var (a, b) = (questions[i - 1], questions[i]);
            var inOrder = a.Level < b.Level
                || (a.Level == b.Level && string.CompareOrdinal(a.Area, b.Area) < 0)
                || (a.Level == b.Level && a.Area == b.Area && a.Minutes <= b.Minutes);
            Assert.True(inOrder, $"{a.Id} before {b.Id}");
        }
    }
}
