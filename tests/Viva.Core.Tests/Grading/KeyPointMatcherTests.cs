using Viva.Core.Bank;
using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

public class KeyPointMatcherTests
{
    internal static readonly KeyPoint[] Gil =
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
    public void Two_negations_in_one_clause_do_not_cancel_out()
    {
        // Coordinated ("does not X and does not Y", "neither X nor Y"), not a double negative.
        var points = new[] { new KeyPoint(3, "A correct `__deepcopy__` registers the new object in `memo` before copying children and passes `memo` to nested `deepcopy` calls.", 1) };

        Assert.False(KeyPointMatcher.Match(points, "A correct `__deepcopy__` does not register the new object in `memo` before copying children and does not pass `memo` to nested `deepcopy` calls.").Points[0].Covered);
        Assert.False(KeyPointMatcher.Match(points, "Neither registering the new object in `memo` before copying children nor passing `memo` to nested `deepcopy` calls is needed in a correct `__deepcopy__`.").Points[0].Covered);
        Assert.True(KeyPointMatcher.Match(points, "A correct `__deepcopy__` not only registers the new object in `memo` before copying children, it also passes `memo` to nested `deepcopy` calls.").Points[0].Covered);
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
    public void Key_words_in_no_order_without_function_words_do_not_tick()
    {
        // No determiner or preposition is misplaced, so the grammar cues see nothing; only the order gives it away.
        const string answer = "refcounts interpreter allocator protects structure internals built-in atomicity operations multi-step GIL object. "
            + "sleeps work extensions released I/O-bound blocking threads waits suit lock Python objects long C. "
            + "parallel free-threaded threads pure-Python build CPU-bound options native processes default code.";

        var result = KeyPointMatcher.Match(Gil, answer);

        Assert.All(result.Points, p => Assert.False(p.Covered));
    }

    [Fact]
    public void Salad_that_keeps_chunks_of_the_points_but_links_none_of_them_does_not_tick()
    {
        // Local order survives ("lock waits", "C extensions", "default build"), so word order alone passes it,
        // and no sentence is a long run-on; but its content words come six or seven at a time with no function
        // word or symbol between them, where prose and notes link theirs every two or three.
        const string answer = "GIL interpreter internals refcounts allocator protects. Built-in object structure atomicity multi-step operations. "
            + "Blocking I/O sleeps lock waits released. C extensions long work threads I/O-bound suit. "
            + "CPU-bound pure-Python threads default build parallel. Processes native code free-threaded build options.";

        var result = KeyPointMatcher.Match(Gil, answer);

        Assert.All(result.Points, p => Assert.False(p.Covered));
    }

    [Fact]
    public void An_answer_of_bare_comma_lists_does_not_tick()
    {
        // Short runs, so the run test sees nothing; but every sentence names things and says nothing about them.
        const string answer = "Refcounts, allocator, built-in objects, interpreter internals, GIL, protects. "
            + "Released, blocking I/O, sleeps, lock waits, C extensions, I/O-bound threads.";

        var result = KeyPointMatcher.Match(Gil, answer);

        Assert.All(result.Points, p => Assert.False(p.Covered));
    }

    [Fact]
    public void Terse_notes_whose_lists_hang_off_a_verb_or_arrow_tick()
    {
        const string answer = "- GIL guards refcounts, allocator, builtin object internals; NOT multi-step ops\n"
            + "- dropped on blocking I/O, sleep, lock waits, long C ext work -> threads fine for I/O-bound\n"
            + "- CPU-bound py threads don't run in parallel on default build => processes, native code, free-threaded build";

        var result = KeyPointMatcher.Match(Gil, answer);

        Assert.All(result.Points, p => Assert.True(p.Covered));
    }

    /// <summary>
    /// Grammatical-looking answers that only name the points' things. Every run of content words is short, so word
    /// order and linkage pass them. The first strings noun phrases together with "of" and "is": every run follows a
    /// determiner, none is a predicate. The second is bullets of two or three items, so no line is a long bare comma
    /// list, but nearly every item of the answer is a bare phrase with no verb, preposition or symbol in it.
    /// </summary>
    [Theory]
    [InlineData("The allocator of the refcounts is the lock of the interpreter internals. The sleep of the blocking I/O is the release of the lock waits. "
        + "The threads of the C extensions are the work of the I/O-bound build. The parallel of the processes is the code of the free-threaded options.")]
    [InlineData("- the interpreter internals, the refcounts, the allocator\n- blocking I/O, sleeps, lock waits\n- C extensions, long work, I/O-bound threads\n"
        + "- CPU-bound threads, the default build\n- processes, native code, a free-threaded build")]
    public void Noun_phrases_that_make_no_claim_do_not_tick(string answer) =>
        Assert.All(KeyPointMatcher.Match(Gil, answer).Points, p => Assert.False(p.Covered));

    [Fact]
    public void Prose_full_of_the_x_of_the_y_still_ticks()
    {
        // Many of its noun phrases follow a determiner, but its verbs do not: it predicates.
        const string answer = "The GIL protects the internals of the interpreter, such as the refcounts of objects and the state of the allocator, "
            + "but it does not make your multi-step operations atomic. "
            + "A thread releases it while it waits on blocking I/O or sleeps, and C extensions drop it during long work, so threads suit I/O-bound programs. "
            + "For CPU-bound pure-Python work on the default build, threads never run in parallel; use processes or native code.";

        var result = KeyPointMatcher.Match(Gil, answer);

        Assert.All(result.Points, p => Assert.True(p.Covered));
    }

    [Fact]
    public void A_run_on_sentence_inside_prose_supports_nothing()
    {
        // The prose around it keeps the answer's average run short; the run-on sentence itself is dropped.
        const string answer = "Only one thread at a time can execute Python bytecode in an interpreter. "
            + "When a thread waits on a socket, sleeps or blocks on a lock, it drops the lock, so threads are fine for I/O-bound services. "
            + "For number crunching in pure Python, use processes or native code, since threads on the default build take turns. "
            + "GIL interpreter internals refcounts allocator built-in object structure protects.";

        var result = KeyPointMatcher.Match(Gil, answer);

        Assert.False(result.Points[0].Covered);
        Assert.True(result.Points[1].Covered);
    }

    [Fact]
    public void Code_after_a_function_word_is_not_a_grammar_break()
    {
        // With code deleted, "with `a` and `b`." read as "with and ." and counted two salad cues per sentence.
        Assert.Equal(0, KeyPointMatcher.SaladCues("Copying uses the pickle protocol: `__reduce_ex__()`, together with `__getstate__()` and `__setstate__()`."));
        Assert.Equal(0, KeyPointMatcher.SaladCues("A class may define `__copy__()` and `__deepcopy__(memo)`."));
        Assert.True(KeyPointMatcher.SaladCues("Copying uses the, pickle with and protocol the.") >= 3);
    }

    [Fact]
    public void Instead_at_the_end_of_advice_is_not_a_negation_but_false_that_is()
    {
        var points = new[] { new KeyPoint(2, "`super().x = value` raises `AttributeError`; call `Base.x.fset(self, value)` instead.", 1) };

        Assert.True(KeyPointMatcher.Match(points, "Assigning through `super().x = value` fails with `AttributeError`, so you call `Base.x.fset(self, value)` instead.").Points[0].Covered);
        Assert.False(KeyPointMatcher.Match(points, "It is false that `super().x = value` raises `AttributeError` or that you must call `Base.x.fset(self, value)`.").Points[0].Covered);
    }

    [Fact]
    public void Linkage_measures_runs_of_unlinked_content_words_and_bare_lists()
    {
        Assert.Equal((2, 4, 6), Linkage.Runs("The lock is released on blocking I/O."));
        Assert.Equal(2, Linkage.Runs("released on blocking io -> threads ok").Longest);
        Assert.Equal(7, Linkage.Runs("GIL interpreter internals refcounts allocator built-in structure.").Longest);
        Assert.True(Linkage.IsBareList("Singletons, members, `is`, definition class, value lookup."));
        Assert.False(Linkage.IsBareList("functools.wraps: copies name, qualname, doc, module"));
        Assert.False(Linkage.IsBareList("It copies the name, the docstring, the module and the annotations."));
        Assert.False(Linkage.IsBareList("Refcounts, allocator, built-in objects."));
    }

    [Fact]
    public void Linkage_counts_runs_a_determiner_opens_and_bare_phrase_items()
    {
        Assert.Equal((3, 3), Linkage.NounPhrases("The lock of the interpreter is the allocator."));
        Assert.Equal((4, 1), Linkage.NounPhrases("The GIL is released while threads wait on sockets."));
        Assert.Equal((0, 0), Linkage.NounPhrases("it is not"));
        Assert.Equal((4, 4), Linkage.Phrases("the refcounts, blocking I/O, crashes and hangs, `None`/`True`"));
        Assert.Equal((3, 1), Linkage.Phrases("refcounts, it is released on I/O, GIL -> one lock"));
        Assert.Equal((1, 0), Linkage.Phrases("the lock is a mutex held by one thread at a time"));
    }

    [Fact]
    public void Word_order_tells_prose_and_notes_from_the_same_words_reversed()
    {
        const string prose = "The lock is released whenever a thread blocks on a socket, so threads suit network-bound services.";
        const string note = "`Lock` non-reentrant, use `with`; `RLock` re-acquirable by its owner, only the owner releases it";
        static string Reversed(string s) => string.Join(' ', s.Split(' ').Reverse());

        Assert.True(WordOrder.Z(prose) > 2);
        Assert.True(WordOrder.Z(note) > 1);
        Assert.True(WordOrder.Z(Reversed(prose)) < 0.5);
        Assert.True(WordOrder.Z(note) > WordOrder.Z(Reversed(note)) + 1);
        Assert.Null(WordOrder.Z("GIL = one lock"));
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
        var words = KeyPointMatcher.MatchedSpans(point).Select(s => point.Evidence!.Text.Substring(s.Start, s.Length)).ToList();

        // "drops" stands for "released" (one concept), "sleeps" for "sleeps", "I/O" as written.
        Assert.Contains("drops", words);
        Assert.Contains("sleeps", words);
        Assert.Contains(words, w => w.StartsWith("I/O", StringComparison.Ordinal));
        Assert.DoesNotContain("socket or", words);
        Assert.DoesNotContain(words, w => w.Contains("Only", StringComparison.Ordinal));
        Assert.Empty(KeyPointMatcher.MatchedSpans(KeyPointMatcher.Match(Gil, "Decorators wrap functions.").Points[0]));
    }

    [Fact]
    public void Code_terms_are_found_inside_the_sentence_as_written()
    {
        var points = new[] { new KeyPoint(2, "Use `weakref.finalize` rather than `__del__` for cleanup", 1) };
        var point = KeyPointMatcher.Match(points, "For cleanup I reach for weakref.finalize instead of __del__.").Points[0];

        Assert.Contains("weakref.finalize", KeyPointMatcher.MatchedSpans(point).Select(s => point.Evidence!.Text.Substring(s.Start, s.Length)));
    }
}
