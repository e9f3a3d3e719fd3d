using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Which sentences of an answer may support a key point at all: word salad supports nothing. The cues judge
/// sentences (their word order, grammar breaks, unlinked runs) and the whole answer.
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
    /// it is noun phrases strung together, not claims (prose and notes measure at most 0.57 on the labelled answers,
    /// "the X of the Y is the Z" salad 0.86-1). Answers with fewer than <see cref="MinPhraseUnits"/> runs are not judged by it.
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

    /// <summary>The sentences of the answer that may support a point: none when the answer is word salad, else those that pass the sentence cues.</summary>
    private static List<Sentence> Supporting(string answer, List<Sentence> all)
    {
        var cues = all.Select(s => SaladCues(s.Text)).ToList();
        var words = Math.Max(1, Word().Count(answer.ToLowerInvariant()));
        var order = all.Select(s => WordOrder.Measure(s.Text)).ToList();
        var measured = order.Where(o => o is not null).Select(o => o!.Value).ToList();
        var z = measured.Count == 0 ? 0 : measured.Sum(o => o.Excess) / Math.Sqrt(measured.Sum(o => o.Variance));
        var disordered = measured.Count > 0 && z < MinAnswerOrder && z / Math.Sqrt(measured.Sum(o => o.Pairs)) < MinOrderPerPair;
        var linked = all.Select(s => new Linked(Linkage.Runs(s.Text), Linkage.NounPhrases(s.Text), Linkage.Phrases(s.Text))).ToList();
        var content = linked.Sum(l => l.Runs.Content);
        var lists = all.Count(s => Linkage.IsBareList(s.Text));
        var salad = disordered || (cues.Sum() >= 3 && (double)cues.Sum() / words > MaxSaladDensity)
            || (content >= MinRunContent && (double)linked.Sum(l => l.Runs.Squares) / content >= MaxMeanRun)
            || (lists >= 2 && lists >= MaxListShare * all.Count)
            || NamesOnly(linked);
        return salad ? [] : all.Where((s, i) => cues[i] <= MaxSaladCues && linked[i].Runs.Longest < MaxRun
            && (order[i] is not { } o || o.Excess / Math.Sqrt(o.Variance) >= MinSentenceOrder)).ToList();
    }

    /// <summary>How one sentence links its content words (<see cref="Linkage"/>), measured once and summed over the answer.</summary>
    private sealed record Linked((int Longest, int Content, int Squares) Runs, (int Runs, int Determined) NounPhrases, (int Items, int Bare) Phrases);

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

    [GeneratedRegex(@"[A-Za-z][A-Za-z'\-]*|[,;.:()""]|(?<=\s)-(?=\s)")]
    private static partial Regex SaladToken();
}
