using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// How much more plausible a sentence's word order is than a random order of the same words, under a
/// bigram model of English learned from the bank's own prose (code blocks left out), frozen in
/// <c>word-order-corpus.txt</c> so that a question's verdicts do not move when others are added. Word salad is the right words in no order, so its actual order scores
/// about as well as its shuffles; prose, and terse notes too ("dropped on blocking I/O", "`Lock`
/// non-reentrant"), keep enough local order to score well above them. Comparing a sentence with its own
/// shuffles, rather than with a fixed bar, makes the test blind to how rare its words are.
/// <para>
/// The model: the bank's ~150 most frequent words (the, of, is, not, ...) are their own classes, every
/// other word falls into a class by its shape (code, number, -ing, -ed, -ly, -s, other); the class
/// bigrams are interpolated with the word bigrams, so "reference counts" is better than "counts reference"
/// even though both are two plain words.
/// </para>
/// </summary>
internal static partial class WordOrder
{
    private const int FunctionWords = 150;
    private const double WordWeight = 0.3;
    private const int Shuffles = 24;

    /// <summary>
    /// The actual order's log-likelihood minus the mean over all orders of the same tokens, the variance of
    /// that over random orders, and the number of adjacent pairs; null for sentences too short to tell
    /// (under 4 tokens). Summing them over sentences gives an answer-level figure: excess / sqrt(variance)
    /// is a z-score, which grows with the length of ordered text and stays near 0 for salad of any length.
    /// </summary>
    public static (double Excess, double Variance, int Pairs)? Measure(string sentence)
    {
        var tokens = Tokens(sentence);
        var n = tokens.Count;
        if (n < 4)
            return null;
        var model = Model.Value;
        var ids = tokens.Select(model.Encode).ToArray();
        var score = new double[n, n];
        double all = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i == j)
                    continue;
                score[i, j] = model.LogProbability(ids[i], ids[j]);
                all += score[i, j];
            }
        }
        // A random order has n-1 adjacent pairs, each a uniform ordered pair of distinct positions.
        var mean = all / n;
        double actual = 0;
        for (var i = 0; i + 1 < n; i++)
            actual += score[i, i + 1];

        // The variance is sampled: fixed seeds keep the result the same on every call.
        var random = new Random(n);
        var order = Enumerable.Range(0, n).ToArray();
        double squares = 0;
        for (var k = 0; k < Shuffles; k++)
        {
            random.Shuffle(order);
            double sum = 0;
            for (var i = 0; i + 1 < n; i++)
                sum += score[order[i], order[i + 1]];
            squares += (sum - mean) * (sum - mean);
        }
        return (actual - mean, squares / Shuffles + 1e-6, n - 1);
    }

    /// <summary>The z-score of one sentence's order against its shuffles; null when too short.</summary>
    public static double? Z(string sentence) => Measure(sentence) is { } m ? m.Excess / Math.Sqrt(m.Variance) : null;

    internal static List<string> Tokens(string text) => Token().Matches(text).Select(m => m.Value).ToList();

    private static readonly Lazy<BigramModel> Model = new(() => BigramModel.Learn(FrozenProse()));

    /// <summary>The embedded corpus file's name; <see cref="ProseSentences"/> over the bank wrote it (see the class notes).</summary>
    internal const string CorpusResource = "word-order-corpus.txt";

    /// <summary>
    /// The frozen corpus: the bank's prose sentences when the model was last fixed, one a line. Learning from the bank
    /// as it is would move every answer's verdict a little with each question added elsewhere (eight new questions
    /// cost 19 of 3,321 short excerpts a tick); the corpus is renewed only on purpose, with the matcher re-measured.
    /// </summary>
    private static IEnumerable<string> FrozenProse()
    {
        using var reader = new StreamReader(typeof(WordOrder).Assembly.GetManifestResourceStream(CorpusResource)!);
        while (reader.ReadLine() is { } line)
            yield return line;
    }

    /// <summary>The prose sentences of one bank file: no front matter, no code blocks, no list or heading marks.</summary>
    internal static IEnumerable<string> ProseSentences(string markdown)
    {
        var text = FrontMatter().Replace(markdown.Replace("\r\n", "\n", StringComparison.Ordinal), "");
        text = CodeBlock().Replace(text, "\n");
        foreach (var line in text.Split('\n'))
        {
            foreach (var sentence in SentenceEnd().Split(LineMark().Replace(line, "")))
            {
                if (sentence.Length > 0)
                    yield return sentence;
            }
        }
    }

    private sealed class BigramModel
    {
        private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
        private readonly List<string> _classOf = [];
        private readonly Dictionary<string, int> _classes = new(StringComparer.Ordinal);
        private readonly List<int> _wordCount = [];
        private readonly List<int> _classCount = [];
        private readonly List<int> _classFollowers = [];
        private readonly Dictionary<long, int> _classPairs = [];
        private readonly Dictionary<long, int> _wordPairs = [];
        private readonly List<int> _wordFollowers = [];
        private HashSet<string> _function = [];

        /// <summary>A token: its word id (or -1 when the bank never used it) and its class id.</summary>
        public readonly record struct Id(int Word, int Class);

        public static BigramModel Learn(IEnumerable<string> sentences)
        {
            var model = new BigramModel();
            var tokenised = sentences.Select(Tokens).Where(t => t.Count > 0).ToList();
            var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var t in tokenised.SelectMany(t => t).Where(t => t[0] != '`' && char.IsLetter(t[0])))
            {
                var lower = t.ToLowerInvariant();
                frequency[lower] = frequency.GetValueOrDefault(lower) + 1;
            }
            model._function = frequency.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(FunctionWords).Select(p => p.Key).ToHashSet();
            foreach (var sentence in tokenised)
            {
                var ids = sentence.Select(model.Add).ToList();
                for (var i = 0; i + 1 < ids.Count; i++)
                {
                    model._classFollowers[ids[i].Class]++;
                    Bump(model._classPairs, Pair(ids[i].Class, ids[i + 1].Class));
                    model._wordFollowers[ids[i].Word]++;
                    Bump(model._wordPairs, Pair(ids[i].Word, ids[i + 1].Word));
                }
            }
            return model;
        }

        private static void Bump(Dictionary<long, int> counts, long key) => counts[key] = counts.GetValueOrDefault(key) + 1;

        private static long Pair(int a, int b) => ((long)a << 32) | (uint)b;

        private Id Add(string token)
        {
            var name = ClassName(token);
            if (!_classes.ContainsKey(name))
            {
                _classes[name] = _classOf.Count;
                _classOf.Add(name);
                _classCount.Add(0);
                _classFollowers.Add(0);
            }
            var id = Encode(token);
            if (id.Word < 0)
            {
                id = id with { Word = _wordCount.Count };
                _words[token.ToLowerInvariant()] = id.Word;
                _wordCount.Add(0);
                _wordFollowers.Add(0);
            }
            _wordCount[id.Word]++;
            _classCount[id.Class]++;
            return id;
        }

        /// <summary>Read-only once learned, so scoring is safe from any thread.</summary>
        public Id Encode(string token) =>
            new(_words.GetValueOrDefault(token.ToLowerInvariant(), -1), _classes.TryGetValue(ClassName(token), out var c) ? c : _classes["<word>"]);

        private string ClassName(string token)
        {
            if (token[0] == '`')
                return "<code>";
            if (char.IsDigit(token[0]))
                return "<number>";
            if (!char.IsLetter(token[0]))
                return token;
            var lower = token.ToLowerInvariant();
            if (_function.Contains(lower))
                return lower;
            foreach (var suffix in (string[])["ing", "ed", "ly", "s"])
            {
                if (lower.Length > suffix.Length + 2 && lower.EndsWith(suffix, StringComparison.Ordinal))
                    return "<-" + suffix + ">";
            }
            return "<word>";
        }

        /// <summary>log P(b | a): the class bigram (add-0.1 smoothed) times b's share of its class, interpolated with the word bigram.</summary>
        public double LogProbability(Id a, Id b)
        {
            var classes = _classOf.Count;
            var pClass = (_classPairs.GetValueOrDefault(Pair(a.Class, b.Class)) + 0.1) / (_classFollowers[a.Class] + 0.1 * classes);
            var inClass = ((b.Word < 0 ? 0 : _wordCount[b.Word]) + 0.5) / (_classCount[b.Class] + 500.0);
            var pWord = a.Word < 0 || b.Word < 0 || _wordFollowers[a.Word] == 0 ? 0 : (double)_wordPairs.GetValueOrDefault(Pair(a.Word, b.Word)) / _wordFollowers[a.Word];
            return Math.Log(WordWeight * pWord + (1 - WordWeight) * pClass * inClass);
        }
    }

    [GeneratedRegex(@"`[^`]+`|[A-Za-z][A-Za-z0-9'_\-]*|\d+(?:\.\d+)*|[,;:()]")]
    private static partial Regex Token();

    [GeneratedRegex(@"\A---\n.*?\n---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"^\s*(?:#+|[-*]|\d+\.)\s*(?:\[\d+\]\s*)?")]
    private static partial Regex LineMark();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
