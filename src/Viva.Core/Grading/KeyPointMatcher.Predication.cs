namespace Viva.Core.Grading;

public static partial class KeyPointMatcher
{
    /// <summary>
    /// True when one clause-sized part of the sentence (<see cref="Predicates.Segments"/>) holds two of the point's
    /// found terms with a predicate between them (<see cref="Predicates.IsPredicate"/>): "`cancel()` raises
    /// `CancelledError`", "`Lock`: non-reentrant". A claim links its terms; salad names them side by side
    /// ("cancel request CancelledError"), or scatters them over clauses that link other things.
    /// A code span that holds two terms (`obj.__init__(...)`) links them itself.
    /// </summary>
    private static bool Predicated(Sentence sentence, List<Term> terms, bool[] found)
    {
        foreach (var segment in Predicates.Segments(sentence.Text))
        {
            var tokens = Predicates.Tokens(segment);
            var seen = new HashSet<int>();
            var beforePredicate = new HashSet<int>();
            for (var i = 0; i < tokens.Count; i++)
            {
                var held = TermsAt(tokens[i], terms, found);
                if (held.Count >= 2 && tokens[i][0] == '`')
                    return true;
                if (held.Any(b => beforePredicate.Any(a => a != b)))
                    return true;
                if (Predicates.IsPredicate(tokens, i))
                    beforePredicate = [.. seen];
                seen.UnionWith(held);
            }
        }
        return false;
    }

    /// <summary>The found terms a token holds: code terms anywhere in it (as <see cref="Finds"/> reads them), word terms as a whole prose word.</summary>
    private static List<int> TermsAt(string token, List<Term> terms, bool[] found)
    {
        var held = new List<int>();
        var lower = token.ToLowerInvariant();
        var word = token[0] == '`' ? null : Words(token).Select(Key).FirstOrDefault();
        for (var t = 0; t < terms.Count; t++)
        {
            if (!found[t])
                continue;
            if (terms[t].Code ? lower.Contains(terms[t].Keys[0], StringComparison.Ordinal) : word is not null && SameKey(word, terms[t].Keys[0]))
                held.Add(t);
        }
        return held;
    }
}
