using Viva.Core.Bank;
using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

public class KeyPointMatcherHighlightTests
{
    private static string[] Marked(string point, string answer)
    {
        var coverage = KeyPointMatcher.Match([new KeyPoint(1, point, 1)], answer).Points[0];
        return KeyPointMatcher.MatchedSpans(coverage).Select(s => coverage.Evidence!.Text.Substring(s.Start, s.Length)).ToArray();
    }

    [Fact]
    public void The_words_a_tick_rests_on_are_marked_synonyms_included()
    {
        Assert.Equal(["thread", "drops", "lock", "waits", "socket"],
            Marked("The GIL is released while a thread waits on a socket.", "A thread drops the lock whenever it waits on a socket."));
    }

    [Fact]
    public void A_negated_mention_and_words_outside_the_point_are_not_marked()
    {
        // "during" is one of the point's terms; the second "released" sits in a negated clause.
        Assert.Equal(["lock", "released", "during", "blocking", "I/O"],
            Marked("The lock is released during blocking I/O.", "The lock is released during blocking I/O, but never released while bytecode runs."));
    }

    [Fact]
    public void Code_terms_are_marked_where_they_stand_and_no_evidence_marks_nothing()
    {
        Assert.Equal(["runs", "__exit__"], Marked("`__exit__` always runs.", "Python runs `__exit__` at the end."));
        Assert.Empty(KeyPointMatcher.MatchedSpans(KeyPointMatcher.Match([new KeyPoint(1, "Slots save memory.", 1)], "Nothing relevant here.").Points[0]));
    }
}
