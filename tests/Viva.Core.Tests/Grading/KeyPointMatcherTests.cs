using Viva.Core.Bank;
using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

public class KeyPointMatcherTests
{
    private static readonly KeyPoint[] Gil =
    [
        new(4, "The GIL protects interpreter internals (refcounts, allocator, built-in object structure), not the atomicity of your multi-step operations.", 1),
        new(4, "It is released during blocking I/O, sleeps and lock waits, and by C extensions doing long work without Python objects, so threads suit I/O-bound work.", 2),
        new(3, "CPU-bound pure-Python threads do not run in parallel on the default build; processes, native code or a free-threaded build are the options.", 3),
    ];

    [Fact]
    public void A_paraphrase_in_other_words_ticks_and_names_its_sentence()
    {
        const string answer = "Only one thread runs Python code at a time. The lock guards the runtime's refcounts and the allocator, but not your multi-step updates. "
            + "A thread drops the lock whenever it waits on a socket or sleeps, so threads are fine for network-bound services.";

        var result = KeyPointMatcher.Match(Gil, answer);

        Assert.True(result.Points[0].Covered);
        var evidence = Assert.IsType<Evidence>(result.Points[0].Evidence);
        Assert.StartsWith("The lock guards", evidence.Text);
        Assert.Equal(evidence.Text, answer.Substring(evidence.Start, evidence.Length));
        Assert.True(result.Points[1].Covered);
        Assert.Contains("drops the lock", result.Points[1].Evidence!.Text);
    }

    [Fact]
    public void A_negated_sentence_does_not_tick()
    {
        const string answer = "The GIL does not protect interpreter internals such as refcounts, the allocator or the structure of built-in objects. "
            + "It is never released during blocking I/O, sleeps or lock waits, and C extensions cannot release it, so threads do not suit I/O-bound work.";

        var result = KeyPointMatcher.Match(Gil, answer);

        Assert.False(result.Points[0].Covered);
        Assert.False(result.Points[1].Covered);
    }

    [Fact]
    public void Word_salad_of_the_points_own_words_does_not_tick()
    {
        const string answer = "Protects the refcounts a, The allocator interpreter structure the or; built-in The and internals of. "
            + "Released sleeps the waits and, I/O-bound A a threads blocking suit In lock; the extensions by C The work. "
            + "Parallel the CPU-bound a, processes The native or build free-threaded; default In the threads of.";

        var result = KeyPointMatcher.Match(Gil, answer);

        Assert.All(result.Points, p => Assert.False(p.Covered));
        Assert.Equal(0, result.Score);
    }

    [Fact]
    public void The_rejected_alternative_of_rather_than_does_not_tick()
    {
        var points = new[] { new KeyPoint(2, "Use `weakref.finalize` rather than `__del__` for cleanup", 1) };

        Assert.False(KeyPointMatcher.Match(points, "Use __del__ for cleanup rather than anything else.").Points[0].Covered);
        Assert.True(KeyPointMatcher.Match(points, "For cleanup I reach for weakref.finalize instead of __del__.").Points[0].Covered);
    }

    [Fact]
    public void An_off_topic_answer_scores_nothing()
    {
        const string answer = "A decorator takes a function and returns a replacement; `functools.wraps` keeps the wrapped name and docstring.";

        Assert.Equal(0, KeyPointMatcher.Match(Gil, answer).Score);
    }

    [Fact]
    public void Terse_notes_tick()
    {
        const string answer = "- GIL guards refcounts, allocator, builtin internals; NOT your multi-step ops\n- released on blocking I/O, sleep, lock waits -> threads ok for I/O-bound";

        var result = KeyPointMatcher.Match(Gil, answer);

        Assert.True(result.Points[0].Covered);
        Assert.True(result.Points[1].Covered);
    }

    [Fact]
    public void The_matched_words_of_a_supporting_sentence_are_found_as_the_matcher_compares_them()
    {
        const string answer = "Only one thread runs at a time. A thread drops the lock whenever it waits on a socket or sleeps, so threads are fine for I/O-bound services.";

        var point = KeyPointMatcher.Match(Gil, answer).Points[1];
        var words = KeyPointMatcher.MatchedWords(point).Select(r => point.Evidence!.Text[r]).ToList();

        // "drops" stands for "released" (one concept), "sleeps" for "sleeps", "I/O-bound" as written.
        Assert.Contains("drops", words);
        Assert.Contains("sleeps", words);
        Assert.Contains("I/O-bound", words);
        Assert.DoesNotContain("socket or", words);
        Assert.DoesNotContain(words, w => w.Contains("Only", StringComparison.Ordinal));
        Assert.Empty(KeyPointMatcher.MatchedWords(KeyPointMatcher.Match(Gil, "Decorators wrap functions.").Points[0]));
    }

    [Fact]
    public void Code_terms_are_found_inside_the_sentence_as_written()
    {
        var points = new[] { new KeyPoint(2, "Use `weakref.finalize` rather than `__del__` for cleanup", 1) };
        var point = KeyPointMatcher.Match(points, "For cleanup I reach for weakref.finalize instead of __del__.").Points[0];

        Assert.Contains("weakref.finalize", KeyPointMatcher.MatchedWords(point).Select(r => point.Evidence!.Text[r]));
    }
}
