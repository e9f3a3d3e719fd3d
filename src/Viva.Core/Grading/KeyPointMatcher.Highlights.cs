namespace Viva.Core.Grading;

public static partial class KeyPointMatcher
{
    /// <summary>
    /// Where the point's matched terms stand in its <see cref="KeyPointCoverage.Evidence"/>, as spans of the
    /// evidence text in order, so a checklist can highlight the words a tick rests on. A word is marked only
    /// where matching would count it (same key, so a synonym or another form of the word is marked; its
    /// clause of the same polarity as the point's, so a negated mention is not). Empty without evidence.
    /// </summary>
    public static IReadOnlyList<(int Start, int Length)> MatchedSpans(KeyPointCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        if (coverage.Evidence is not { } evidence)
            return [];
        var terms = PointTerms(coverage.Point.Text).Where(t => coverage.Matched.Contains(t.Display)).ToList();
        var spans = new List<(int Start, int Length)>();
        foreach (var sentence in Sentences(evidence.Text))
        {
            foreach (var (from, to) in ClauseSpans(sentence.Text))
            {
                var clause = sentence.Text[from..to];
                var at = sentence.Start + from;
                var polarity = Polarity(clause);
                // Lowercasing keeps every index; "i/o" becomes "io " as in Words, and code is blanked for words.
                var lowered = clause.ToLowerInvariant().Replace("i/o", "io ", StringComparison.Ordinal);
                var prose = CodeSpan().Replace(lowered, m => new string(' ', m.Length));
                foreach (var term in terms.Where(t => t.Polarity == polarity))
                {
                    if (term.Code)
                    {
                        for (var i = lowered.IndexOf(term.Keys[0], StringComparison.Ordinal); i >= 0; i = lowered.IndexOf(term.Keys[0], i + 1, StringComparison.Ordinal))
                            spans.Add((at + i, term.Keys[0].Length));
                        continue;
                    }
                    foreach (System.Text.RegularExpressions.Match m in Word().Matches(prose))
                    {
                        var word = m.Value.TrimStart('_', '.', '-');
                        var start = m.Index + m.Value.Length - word.Length;
                        word = word.TrimEnd('_', '.', '-');
                        if (word.Length > 1 && !StopWords.Contains(word) && !Negations.Contains(word) && SameKey(Key(word), term.Keys[0]))
                            spans.Add((at + start, clause.AsSpan(start).StartsWith("i/o", StringComparison.OrdinalIgnoreCase) ? 3 : word.Length));
                    }
                }
            }
        }
        return Merge(spans);
    }

    /// <summary>
    /// The clauses of a sentence as index ranges. Breaks inside code are not breaks: code is masked first, so
    /// the parentheses of `super().x` do not cut a negation off from the code it negates.
    /// </summary>
    private static IEnumerable<(int From, int To)> ClauseSpans(string sentence)
    {
        var from = 0;
        var masked = CodeSpan().Replace(sentence, m => "`" + new string('x', m.Length - 2) + "`");
        foreach (System.Text.RegularExpressions.Match m in ClauseBreak().Matches(masked))
        {
            yield return (from, m.Index);
            from = m.Index + m.Length;
        }
        yield return (from, sentence.Length);
    }

    /// <summary>Overlapping spans (a code term inside a word, the same word for two terms) as one.</summary>
    private static List<(int Start, int Length)> Merge(List<(int Start, int Length)> spans)
    {
        var merged = new List<(int Start, int Length)>();
        foreach (var (start, length) in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && merged[^1].Start + merged[^1].Length >= start)
            {
                var last = merged[^1];
                merged[^1] = (last.Start, Math.Max(last.Length, start + length - last.Start));
            }
            else
            {
                merged.Add((start, length));
            }
        }
        return merged;
    }
}
