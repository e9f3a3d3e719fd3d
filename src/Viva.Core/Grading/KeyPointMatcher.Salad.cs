using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Which sentences of an answer may support a key point at all: word salad supports nothing. The cues judge
/// sentences (their word order, grammar breaks, unlinked runs), the whole answer, and its passages.
/// </summary>
public static partial class KeyPointMatcher
{
    /// <summary>Salad cues a sentence may show before it is discarded.</summary>
    public static int MaxSaladCues { get; set; } = 2;

    /// <summary>Salad cues per word above which the whole answer is taken as word salad.</summary>
    public static double MaxSaladDensity { get; set; } = 0.03;

    /// <summary>A sentence whose word order is no more plausible than this many standard deviations above its own shuffles (<see cref="WordOrder"/>) supports nothing.</summary>
    public static double MinSentenceOrder { get; set; } = 0.5;

    /// <summary>
    /// The same for the whole answer (its sentences pooled). An answer below both this and
    /// <see cref="MinOrderPerPair"/> supports nothing: the z-score of ordered text grows with its length
    /// (so a short answer cannot reach it), while its z-score per adjacent pair does not.
    /// </summary>
    public static double MinAnswerOrder { get; set; } = 4.0;

    /// <summary>The answer's word-order z-score divided by the square root of its adjacent pairs: prose scores about 1, terse notes 0.65-0.9, shuffles about 0.</summary>
    public static double MinOrderPerPair { get; set; } = 0.5;

    /// <summary>A sentence whose longest run of unlinked content words (<see cref="Linkage.Runs"/>) reaches this supports nothing: even terse notes link their words every few tokens.</summary>
    public static int MaxRun { get; set; } = 8;

    /// <summary>
    /// An answer whose average content word sits in a run of unlinked content words this long or longer is
    /// word salad (prose and notes measure 1.3-3.1 on the labelled answers, salad that keeps chunks of the key
    /// points 5.7-9.4). Answers with fewer than <see cref="MinRunContent"/> content words are not judged by it.
    /// </summary>
    public static double MaxMeanRun { get; set; } = 4.5;

    /// <summary>Content words an answer needs before its mean run (<see cref="MaxMeanRun"/>) says anything.</summary>
    public static int MinRunContent { get; set; } = 12;

    /// <summary>Share of an answer's sentences (and at least two) that, bare comma lists (<see cref="Linkage.IsBareList"/>), make the whole answer word salad.</summary>
    public static double MaxListShare { get; set; } = 0.5;

    /// <summary>
    /// Share of an answer's content runs a determiner opens (<see cref="Linkage.NounPhrases"/>) at or above which
    /// it is noun phrases strung together, not claims (prose and notes measure at most 0.57 on the labelled answers
    /// as whole answers, 0.70 as paragraphs of three sentences or more; "the X of the Y is the Z" salad 0.85-1).
    /// Answers with fewer than <see cref="MinPhraseUnits"/> runs are not judged by it.
    /// </summary>
    public static double MaxDeterminedShare { get; set; } = 0.75;

    /// <summary>
    /// Share of an answer's items (<see cref="Linkage.Phrases"/>) at or above which, bare phrases, it is a phrase
    /// list (notes measure at most 0.55: their lists hang off a claim; phrase-list salad 0.87-1). Answers with fewer
    /// than <see cref="MinPhraseUnits"/> items are not judged by it.
    /// </summary>
    public static double MaxBarePhraseShare { get; set; } = 0.7;

    /// <summary>Runs or items an answer needs before <see cref="MaxDeterminedShare"/> or <see cref="MaxBarePhraseShare"/> say anything.</summary>
    public static int MinPhraseUnits { get; set; } = 8;

    /// <summary>
    /// A passage (the whole answer, or one of its paragraphs) whose average content token sits in a chain
    /// (<see cref="Juxtaposition"/>) this long or longer sets noun phrases side by side without linking them, and
    /// supports nothing. On the labelled answers prose and notes measure at most 3.6 as whole answers and 4.1 as
    /// paragraphs of three sentences or more; key points stripped of their verbs and prepositions 5.3-10.
    /// </summary>
    public static double MaxMeanChain { get; set; } = 4.5;

    /// <summary>
    /// Sentences a passage needs before its own measures (<see cref="MaxMeanChain"/>, and for a paragraph
    /// <see cref="MaxDeterminedShare"/> and <see cref="MaxBarePhraseShare"/>) say anything: one or two sentences of
    /// prose can be all noun phrases, or chain five content words, and still make a claim.
    /// </summary>
    public static int MinPassageSentences { get; set; } = 3;

    /// <summary>The sentences of the answer that may support a point: none when the answer is word salad, else those that pass the sentence cues and stand in no salad passage.</summary>
    private static List<Sentence> Supporting(string answer, List<Sentence> all)
    {
        var cues = all.Select(s => SaladCues(s.Text)).ToList();
        var words = Math.Max(1, Word().Count(answer.ToLowerInvariant()));
        var order = all.Select(s => WordOrder.Measure(s.Text)).ToList();
        var measured = order.Where(o => o is not null).Select(o => o!.Value).ToList();
        var z = measured.Count == 0 ? 0 : measured.Sum(o => o.Excess) / Math.Sqrt(measured.Sum(o => o.Variance));
        var disordered = measured.Count > 0 && z < MinAnswerOrder && z / Math.Sqrt(measured.Sum(o => o.Pairs)) < MinOrderPerPair;
        var linked = all.Select(s => new Linked(Linkage.Runs(s.Text), Juxtaposition.Chains(s.Text), Linkage.NounPhrases(s.Text), Linkage.Phrases(s.Text))).ToList();
        var content = linked.Sum(l => l.Runs.Content);
        var lists = all.Count(s => Linkage.IsBareList(s.Text));
        var salad = disordered || (cues.Sum() >= 3 && (double)cues.Sum() / words > MaxSaladDensity)
            || (content >= MinRunContent && (double)linked.Sum(l => l.Runs.Squares) / content >= MaxMeanRun)
            || (lists >= 2 && lists >= MaxListShare * all.Count)
            || NamesOnly(linked);
        if (salad)
            return [];
        var refused = new HashSet<int>();
        foreach (var passage in Passages(answer, all).Where(p => p.Count >= MinPassageSentences))
        {
            var measures = passage.Select(i => linked[i]).ToList();
            if (Juxtaposed(measures) || NamesOnly(measures))
                refused.UnionWith(passage);
        }
        return all.Where((s, i) => cues[i] <= MaxSaladCues && linked[i].Runs.Longest < MaxRun && !refused.Contains(i)
            && (order[i] is not { } o || o.Excess / Math.Sqrt(o.Variance) >= MinSentenceOrder)).ToList();
    }

    /// <summary>How one sentence links its content words (<see cref="Linkage"/>, <see cref="Juxtaposition"/>), measured once and summed over the answer and each passage.</summary>
    private sealed record Linked((int Longest, int Content, int Squares) Runs, (int Content, int Squares) Chains, (int Runs, int Determined) NounPhrases, (int Items, int Bare) Phrases);

    /// <summary>
    /// The answer's passages, as indices of its sentences: the whole answer and, when it has several, each paragraph
    /// (split at blank lines). Cues that judge a whole answer judge each passage too, so an answer that puts a salad
    /// paragraph beside another (a bag of words, then "the X of the Y" strings) is still refused.
    /// </summary>
    private static IEnumerable<List<int>> Passages(string answer, List<Sentence> all)
    {
        yield return Enumerable.Range(0, all.Count).ToList();
        var breaks = ParagraphBreak().Matches(answer).Select(m => m.Index).ToList();
        if (breaks.Count == 0)
            yield break;
        foreach (var paragraph in Enumerable.Range(0, all.Count).GroupBy(i => breaks.Count(b => b < all[i].Start)))
            yield return paragraph.ToList();
    }

    /// <summary>Noun phrases side by side: the average content token sits in a long chain (<see cref="MaxMeanChain"/>).</summary>
    private static bool Juxtaposed(List<Linked> passage)
    {
        var content = passage.Sum(l => l.Chains.Content);
        return content >= MinRunContent && (double)passage.Sum(l => l.Chains.Squares) / content >= MaxMeanChain;
    }

    /// <summary>
    /// Names without claims: nearly every content run follows a determiner ("the X of the Y is the Z of the W",
    /// <see cref="MaxDeterminedShare"/>), or nearly every item is a bare phrase (<see cref="MaxBarePhraseShare"/>).
    /// </summary>
    private static bool NamesOnly(List<Linked> sentences)
    {
        var runs = sentences.Sum(l => l.NounPhrases.Runs);
        var items = sentences.Sum(l => l.Phrases.Items);
        return (runs >= MinPhraseUnits && sentences.Sum(l => l.NounPhrases.Determined) >= MaxDeterminedShare * runs)
            || (items >= MinPhraseUnits && sentences.Sum(l => l.Phrases.Bare) >= MaxBarePhraseShare * items);
    }

    /// <summary>
    /// Counts grammar breaks that fluent prose (and terse notes, which drop function words rather than
    /// misplace them) does not make: a determiner, preposition or conjunction followed by a word that cannot
    /// follow it, or by punctuation; a function word capitalised inside a sentence.
    /// </summary>
    internal static int SaladCues(string sentence)
    {
        // Code stands in as a word: deleting it would leave "with `a` and `b`." as "with and ." and count two breaks.
        var tokens = SaladToken().Matches(CodeSpan().Replace(sentence, " code ")).Select(m => m.Value).ToList();
        var cues = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var x = tokens[i];
            var lx = x.ToLowerInvariant();
            var y = i + 1 < tokens.Count ? tokens[i + 1].ToLowerInvariant() : "<end>";
            var prev = i > 0 ? tokens[i - 1] : "<start>";
            if (i > 0 && char.IsUpper(x[0]) && x.Any(char.IsLower) && FunctionWords.Contains(lx) && prev is not ("." or ":" or "(" or "\"" or "-"))
                cues++;
            var punctOrEnd = y is "," or ";" or "." or "<end>" or ")" or ":";
            if (Determiners.Contains(lx) && (punctOrEnd || Determiners.Contains(y) || Prepositions.Contains(y) || Conjunctions.Contains(y) || Auxiliaries.Contains(y)))
                cues++;
            else if (Prepositions.Contains(lx) && lx != "to" && (y is "," or ";" or "." or "<end>" || Conjunctions.Contains(y) || Auxiliaries.Contains(y)))
                cues++;
            else if (Conjunctions.Contains(lx) && (punctOrEnd || Conjunctions.Contains(y)))
                cues++;
        }
        return cues;
    }

    private static readonly HashSet<string> Determiners = ["a", "an", "the", "these", "those", "its", "their", "your", "our", "my", "every", "each"];
    private static readonly HashSet<string> Prepositions = ["of", "in", "on", "at", "to", "for", "from", "by", "with", "into", "onto", "through", "during", "until", "via", "per", "between", "without", "about", "under"];
    private static readonly HashSet<string> Conjunctions = ["and", "or", "but", "nor"];
    private static readonly HashSet<string> Auxiliaries = ["is", "are", "was", "were", "am", "does", "did", "has", "have", "had", "can", "could", "will", "would", "shall", "should", "may", "might", "must"];
    private static readonly HashSet<string> FunctionWords = [.. Determiners, .. Prepositions, .. Conjunctions, .. Auxiliaries, "it", "so", "not", "only", "then", "than", "as", "be", "do"];

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'\-]*|[,;.:()""]|(?<=\s)-(?=\s)")]
    private static partial Regex SaladToken();
}
