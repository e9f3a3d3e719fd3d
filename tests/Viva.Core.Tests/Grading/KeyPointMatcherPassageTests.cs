using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Core.Tests.Bank;

namespace Viva.Core.Tests.Grading;

/// <summary>Passages of noun phrases set side by side (<see cref="Juxtaposition"/>), and salad paragraphs beside other text.</summary>
public class KeyPointMatcherPassageTests
{
    private static readonly KeyPoint[] Gil = KeyPointMatcherTests.Gil;

    [Fact]
    public void Key_points_stripped_of_their_verbs_and_prepositions_do_not_tick()
    {
        // The points' own order and articles, so word order passes it, and the articles break every run of
        // content words into short ones; but nothing links one noun phrase to the next.
        const string answer = "The GIL protects interpreter internals the refcounts the allocator. Not the atomicity multi-step operations. "
            + "Released blocking I/O sleeps lock waits. C extensions long work threads the I/O-bound work. CPU-bound threads parallel the default build. "
            + "Processes native code a free-threaded build the options.";

        var result = KeyPointMatcher.Match(Gil, answer);

        Assert.All(result.Points, p => Assert.False(p.Covered));
    }

    [Fact]
    public void A_salad_paragraph_supports_nothing_and_the_paragraph_beside_it_still_does()
    {
        // The whole answer's averages are diluted by the prose paragraph; its bag-of-words paragraph, judged alone, is salad.
        const string answer = "A thread drops the lock whenever it waits on a socket or sleeps, and C extensions release it during long computations, "
            + "so threads are fine for network-bound services.\n\n"
            + "Interpreter internals refcounts allocator built-in object structure GIL protects. Multi-step operations atomicity GIL not. "
            + "CPU-bound threads default build parallel processes native code.\n\n"
            + "The refcounts of the allocator are the internals of the interpreter. The atomicity of the operations is the structure of the GIL. "
            + "The parallel of the threads is the build of the processes.";

        var result = KeyPointMatcher.Match(Gil, answer);

        Assert.False(result.Points[0].Covered);
        Assert.True(result.Points[1].Covered);
        Assert.False(result.Points[2].Covered);
    }

    [Fact]
    public void One_or_two_sentences_are_not_judged_as_a_passage()
    {
        // Five content words chained by articles, and every run after a determiner: in one sentence that is still a claim.
        var points = new[] { new KeyPoint(2, "`sorted` compares the elements themselves unless `key` is given: the default key is the identity.", 1) };

        Assert.True(KeyPointMatcher.Match(points, "The default of the `key` argument of `sorted` is the identity of the element.").Points[0].Covered);
    }

    [Fact]
    public void The_practice_example_sentence_ticks_the_point_it_states()
    {
        // `viva practice`'s test types this one sentence; a rule over the whole answer once took its tick away.
        var question = QuestionBank.Load([RepositoryPaths.BundledBank]).Questions.Single(q => q.Id == "context-managers");

        var result = KeyPointMatcher.Match(question.KeyPoints, "__exit__ always runs once __enter__ has succeeded, even when the block raised");

        Assert.True(result.Points[0].Covered);
    }

    [Fact]
    public void Juxtaposition_chains_content_words_across_determiners_only()
    {
        Assert.Equal((9, 81), Juxtaposition.Chains("cancel request CancelledError the task's current await the coroutine cleanup re-raise"));
        Assert.Equal((4, 6), Juxtaposition.Chains("The task is cancelled at its current await."));
        Assert.Equal((3, 3), Juxtaposition.Chains("`cancel()` -> `CancelledError` at the await"));
        // A contraction is an auxiliary (and a negator): it links; a possessive noun does not.
        Assert.Equal((4, 10), Juxtaposition.Chains("`types.new_class` doesn't follow the full protocol"));
        Assert.Equal((3, 9), Juxtaposition.Chains("the task's current await"));
    }
}
