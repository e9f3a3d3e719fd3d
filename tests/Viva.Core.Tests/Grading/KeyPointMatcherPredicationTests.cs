using Viva.Core.Bank;
using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

public class KeyPointMatcherPredicationTests
{
    private static readonly KeyPoint[] Cancellation =
    [
        new(4, "`cancel()` is a request delivered as `CancelledError` at the task's current `await`; the coroutine cleans up and must re-raise.", 1),
        new(3, "`CancelledError` is a `BaseException` since 3.8, so `except Exception` does not catch it, but `except BaseException` and bare `except` do.", 2),
        new(4, "`asyncio.timeout` (3.11) cancels the task at the deadline and turns that cancellation into `TimeoutError` when the block exits.", 3),
        new(2, "`asyncio.TimeoutError` is the built-in `TimeoutError` since 3.11.", 4),
        new(3, "`shield` keeps the inner operation running but the awaiting task is still cancelled; keep a reference to the inner task.", 5),
        new(3, "Cleanup belongs in `finally`/`async with`; awaits there can be interrupted by a further cancellation.", 6),
        new(2, "`cancelling()`/`uncancel()` track pending requests so `timeout` and `TaskGroup` can distinguish their own cancellations.", 7),
    ];

    [Fact]
    public void Key_point_words_with_no_predicate_between_them_tick_nothing()
    {
        // The points' nouns in their order, verbs left out: every sentence names the things, none says anything of them.
        const string answer = "cancel request CancelledError the task's current await the coroutine cleanup re-raise\n"
            + "CancelledError BaseException 3.8 except Exception not except BaseException bare except\n"
            + "asyncio.timeout 3.11 the task the deadline cancellation TimeoutError the block\n"
            + "asyncio.TimeoutError the built-in TimeoutError 3.11\n"
            + "shield the inner operation the awaiting task still a reference the inner task\n"
            + "cleanup finally async with awaits a further cancellation\n"
            + "cancelling uncancel pending requests timeout TaskGroup their own cancellations";

        var ticked = KeyPointMatcher.Match(Cancellation, answer).Points.Where(p => p.Covered).Select(p => p.Point.Line);

        Assert.Empty(ticked);
    }

    [Fact]
    public void The_same_words_linked_by_verbs_and_notes_symbols_tick()
    {
        const string answer = "`task.cancel()` only requests cancellation: `CancelledError` is raised at the task's current `await`, and the coroutine must re-raise it after cleaning up.\n"
            + "`asyncio.timeout` (3.11) cancels the task at the deadline -> `TimeoutError` when the block exits.\n"
            + "`shield` keeps the inner operation running, but the awaiting task is still cancelled.\n"
            + "`asyncio.TimeoutError` is just `TimeoutError` since 3.11.\n"
            + "Cleanup goes in `finally` or `async with`, and awaits there can be interrupted by a further cancellation.";

        var result = KeyPointMatcher.Match(Cancellation, answer);

        Assert.All(result.Points.Where(p => p.Point.Line is 1 or 3 or 4 or 5 or 6), p => Assert.True(p.Covered, p.Point.Text));
    }

    [Theory]
    [InlineData("The lock is released", 2, true)]
    [InlineData("threads -> parallel", 1, true)]
    [InlineData("`Lock`: non-reentrant", 1, true)]
    [InlineData("the loop doesn't cancel it", 2, true)]
    [InlineData("the task cancels the coroutine", 2, true)]
    [InlineData("the call of the task", 1, false)]
    [InlineData("the awaiting task still a reference", 2, false)]
    public void Predicates_are_copulas_notes_symbols_and_verbs_the_bank_uses(string sentence, int at, bool predicate)
    {
        Assert.Equal(predicate, Predicates.IsPredicate(Predicates.Tokens(sentence), at));
    }
}
