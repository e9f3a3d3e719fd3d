using System.Diagnostics;
using Viva.Core.Bank;
using Viva.Core.Grading;

namespace Viva.Bench;

/// <summary>
/// `answers`: the key-point matcher measured on the labelled answers, set by set: per style the precision, recall
/// and F1 of the pre-ticks against the labels and the mean weighted score; F1 over the correct styles; per-answer
/// scoring latency. The bag-of-words baseline is printed first.
/// <para>
/// Tuning sets (their answers have been read while building the matcher): tests/answers/corpus,
/// tests/answers/heldout, tests/answers/fresh, fresh2 and fresh3 (each held out at first, read since, so no longer evidence of
/// generalisation) and tests/answers/adversarial (attacks and keyword-heavy correct notes written against the
/// matcher's cues). The held-out set is tests/answers/fresh4 (8 questions added to the bank for it, answers written
/// blind to the matcher), loaded only when the
/// folder exists: it is measured, never listed by `--misses`, `--sweep` or `--order`, so nobody tunes on it.
/// </para>
/// `answers --misses` also lists the tuning answers whose ticks differ from the labels; `--sweep` tries a grid of
/// settings on the tuning sets; `--order` prints each tuning answer's word-order z-scores and the synthetic salads' scores.
/// </summary>
internal static class AnswersReport
{
    /// <summary>Sets that may be read and tuned on.</summary>
    private static readonly string[] TuningSets = ["corpus", "heldout", "adversarial", "fresh", "fresh2", "fresh3"];

    /// <summary>Sets that are only measured; a missing folder is skipped.</summary>
    private static readonly string[] HeldOutSets = ["fresh4"];

    private delegate (IReadOnlyList<bool> Covered, int Score) Grader(IReadOnlyList<KeyPoint> points, string answer);

    public static void Run(bool misses, bool sweep = false, bool order = false)
    {
        var bankPath = GeneratedBank.BundledBankPath();
        var questions = QuestionBank.Load([bankPath]).Questions.ToDictionary(q => q.Id);
        var answersRoot = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(bankPath)!)!, "tests", "answers");
        var tuning = TuningSets.Select(s => (Name: s, Answers: AnswerCorpus.LoadFolder(Path.Combine(answersRoot, s)))).ToList();
        var heldOut = HeldOutSets.Where(s => Directory.Exists(Path.Combine(answersRoot, s)))
            .Select(s => (Name: s, Answers: AnswerCorpus.LoadFolder(Path.Combine(answersRoot, s)))).ToList();
        var graders = new (string Name, Grader Grade)[]
        {
            ("baseline (bag of words)", (p, a) => BaselineGrader.Grade(p, a)),
            ("matcher", (p, a) => { var r = RubricGrader.Grade(p, a); return (r.Points.Select(x => x.Covered).ToList(), r.Score); }),
        };
        if (order)
        {
            foreach (var (_, answers) in tuning)
                Order(answers);
            Synthetic(tuning[0].Answers, questions, print: true);
            return;
        }
        if (sweep)
        {
            Sweep(tuning, questions);
            return;
        }
        foreach (var (name, grade) in graders)
        {
            foreach (var (set, answers, held) in tuning.Select(s => (s.Name, s.Answers, false)).Concat(heldOut.Select(s => (s.Name, s.Answers, true))))
            {
                Console.WriteLine($"### {name}: {set}, {(held ? "held out" : "tuning")} ({answers.Select(a => a.QuestionId).Distinct().Count()} questions, {answers.Count} answers)");
                Console.WriteLine();
                Report(answers, questions, grade, misses && !held && name == "matcher");
                Console.WriteLine();
            }
        }
    }

    private static void Report(IReadOnlyList<LabelledAnswer> answers, Dictionary<string, Question> questions, Grader grade, bool misses)
    {
        foreach (var a in answers.Take(20))
            grade(questions[a.QuestionId].KeyPoints, a.Text); // warm up
        var rows = new List<(LabelledAnswer Answer, IReadOnlyList<bool> Ticks, int Score, double Ms)>();
        foreach (var a in answers)
        {
            var clock = Stopwatch.StartNew();
            var (ticks, score) = grade(questions[a.QuestionId].KeyPoints, a.Text);
            rows.Add((a, ticks, score, clock.Elapsed.TotalMilliseconds));
        }
        Console.WriteLine("| style | answers | labelled covered | pre-ticked | precision | recall | F1 | mean score |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var style in AnswerCorpus.Styles)
        {
            var of = rows.Where(r => r.Answer.Style == style).ToList();
            if (of.Count > 0)
                Console.WriteLine(Row(style, of));
        }
        Console.WriteLine(Row("**correct styles**", rows.Where(r => AnswerCorpus.CorrectStyles.Contains(r.Answer.Style)).ToList()));
        var attack = rows.Where(r => AnswerCorpus.AttackStyles.Contains(r.Answer.Style)).ToList();
        Console.WriteLine(Row("**salad+negated+off-topic**", attack));
        var ms = rows.Select(r => r.Ms).Order().ToList();
        Console.WriteLine();
        Console.WriteLine($"latency per answer: p50 {Pct(ms, 0.50):0.00} ms, p95 {Pct(ms, 0.95):0.00} ms, max {ms[^1]:0.00} ms");

        if (!misses)
            return;
        foreach (var r in rows)
        {
            for (var i = 0; i < r.Ticks.Count; i++)
            {
                if (r.Ticks[i] == r.Answer.Covered[i])
                    continue;
                var points = questions[r.Answer.QuestionId].KeyPoints;
                Console.WriteLine($"  {(r.Ticks[i] ? "FP" : "FN")} {r.Answer.QuestionId}/{r.Answer.Style} #{i + 1}: {points[i].Text}");
                // The sentence a false tick rests on, to see which rule should have refused it.
                if (r.Ticks[i] && RubricGrader.Grade(points, r.Answer.Text).Points[i].Evidence is { } evidence)
                    Console.WriteLine($"      <- {evidence.Text.ReplaceLineEndings(" / ")}");
                // A missed point: the nearest sentence and the point's terms it lacks (no sentence: the answer was taken as salad).
                if (!r.Ticks[i])
                {
                    var c = RubricGrader.Grade(points, r.Answer.Text).Points[i];
                    Console.WriteLine($"      ?? {c.Evidence?.Text.ReplaceLineEndings(" / ") ?? "(no sentence)"} | missing: {string.Join(", ", c.Missed)}");
                }
            }
        }
    }

    /// <summary>Tuning sets only: each answer's word-order z-score (pooled, then per sentence), mean unlinked run (<see cref="Linkage"/>) and mean chain (<see cref="Juxtaposition"/>), to see where salad and notes fall.</summary>
    private static void Order(IReadOnlyList<LabelledAnswer> answers)
    {
        foreach (var a in answers)
        {
            var sentences = a.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).SelectMany(l => System.Text.RegularExpressions.Regex.Split(l, @"(?<=[.!?])\s+")).ToList();
            var measured = sentences.Select(WordOrder.Measure).Where(m => m is not null).Select(m => m!.Value).ToList();
            var z = measured.Count == 0 ? double.NaN : measured.Sum(m => m.Excess) / Math.Sqrt(measured.Sum(m => m.Variance));
            var d = z / Math.Sqrt(measured.Sum(m => m.Pairs));
            var runs = sentences.Select(Linkage.Runs).ToList();
            var meanRun = (double)runs.Sum(r => r.Squares) / Math.Max(1, runs.Sum(r => r.Content));
            var chains = sentences.Select(Juxtaposition.Chains).ToList();
            var meanChain = (double)chains.Sum(c => c.Squares) / Math.Max(1, chains.Sum(c => c.Content));
            Console.WriteLine($"{a.QuestionId,-28} {a.Style,-16} {z,6:0.0} {d,5:0.00} run {meanRun,4:0.0} chain {meanChain,4:0.0}  [{string.Join(' ', measured.Select(m => (m.Excess / Math.Sqrt(m.Variance)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))}]");
        }
    }

    /// <summary>
    /// Corpus only: word salad made from every paraphrase and textbook answer by five recipes (each sentence's
    /// words shuffled; only its content words, shuffled; two- and three-word chunks shuffled; content words as a
    /// comma list), scored by the matcher; the mean score per recipe next to the source answers'. Returns the salads' mean.
    /// </summary>
    private static double Synthetic(IReadOnlyList<LabelledAnswer> answers, Dictionary<string, Question> questions, bool print)
    {
        var salads = new List<int>();
        string[] stop = ["a", "an", "the", "of", "to", "in", "on", "is", "are", "and", "or", "it", "its", "for", "with", "by", "as", "that", "this", "be", "not", "no"];
        var recipes = new (string Name, Func<List<string>, Random, List<string>> Make)[]
        {
            ("source", (w, _) => w),
            ("shuffle", (w, r) => Shuffled(w, r)),
            ("content words", (w, r) => Shuffled(w.Where(x => !stop.Contains(x.ToLowerInvariant())).ToList(), r)),
            ("chunks of 2", (w, r) => Shuffled(w.Chunk(2).ToList(), r).SelectMany(c => c).ToList()),
            ("chunks of 3", (w, r) => Shuffled(w.Chunk(3).ToList(), r).SelectMany(c => c).ToList()),
            ("comma list", (w, r) => Shuffled(w.Where(x => !stop.Contains(x.ToLowerInvariant())).Select(x => x + ",").ToList(), r)),
        };
        foreach (var (name, make) in recipes)
        {
            var scores = new List<int>();
            foreach (var a in answers.Where(a => a.Style is "paraphrase" or "textbook"))
            {
                var random = new Random(a.QuestionId.Length * 31 + a.Style.Length);
                var text = string.Join(' ', System.Text.RegularExpressions.Regex.Split(a.Text, @"(?<=[.!?])\s+").Select(sentence =>
                {
                    var words = make(sentence.TrimEnd('.', '!', '?').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList(), random);
                    return words.Count == 0 ? "" : char.ToUpperInvariant(words[0][0]) + string.Join(' ', words)[1..].TrimEnd(',') + ".";
                }));
                scores.Add(RubricGrader.Grade(questions[a.QuestionId].KeyPoints, text).Score);
            }
            if (print)
                Console.WriteLine($"synthetic {name,-14} mean score {scores.Average(),5:0.0}  answers scoring > 20: {scores.Count(s => s > 20)}/{scores.Count}");
            if (name != "source")
                salads.AddRange(scores);
        }
        return salads.Average();

        static List<T> Shuffled<T>(List<T> items, Random random)
        {
            var copy = items.ToArray();
            random.Shuffle(copy);
            return [.. copy];
        }
    }

    /// <summary>
    /// Tuning sets only (never the held-out one): F1 over the correct styles, the attack styles' mean score per set
    /// and the synthetic salads' mean score (made from the corpus), with one setting at a time moved off its default:
    /// the support threshold, the two noun-phrase cues (flat from 0.65 to 0.85 and 0.6 to 0.8 on every tuning set) and
    /// the passage cue (its mean chain, and the sentences a passage needs).
    /// </summary>
    private static void Sweep(List<(string Name, IReadOnlyList<LabelledAnswer> Answers)> sets, Dictionary<string, Question> questions)
    {
        var corpus = sets[0].Answers;
        var settings = new (string Name, double[] Values, Func<double> Get, Action<double> Set)[]
        {
            ("threshold", [0.3, 0.35], () => KeyPointMatcher.Threshold, v => KeyPointMatcher.Threshold = v),
            ("determined", [0.65, 0.75, 0.85], () => KeyPointMatcher.MaxDeterminedShare, v => KeyPointMatcher.MaxDeterminedShare = v),
            ("bare-phrases", [0.6, 0.7, 0.8], () => KeyPointMatcher.MaxBarePhraseShare, v => KeyPointMatcher.MaxBarePhraseShare = v),
            ("mean-chain", [4.0, 4.5, 5.0], () => KeyPointMatcher.MaxMeanChain, v => KeyPointMatcher.MaxMeanChain = v),
            ("passage-sentences", [2, 3, 4], () => KeyPointMatcher.MinPassageSentences, v => KeyPointMatcher.MinPassageSentences = (int)v),
        };
        foreach (var (name, values, get, set) in settings)
        {
            var saved = get();
            foreach (var value in values)
            {
                set(value);
                var line = $"{name}={value}:";
                foreach (var (setName, answers) in sets)
                {
                    line += $" {setName}:";
                    var rows = answers.Select(a => { var r = RubricGrader.Grade(questions[a.QuestionId].KeyPoints, a.Text); return (a, (IReadOnlyList<bool>)r.Points.Select(x => x.Covered).ToList(), r.Score, 0.0); }).ToList();
                    line += $" correct F1 {Row("", rows.Where(r => AnswerCorpus.CorrectStyles.Contains(r.a.Style)).ToList()).Split('|')[7].Trim()}";
                    foreach (var style in (string[])["salad", "negated", "off-topic", "wrong-claims"])
                    {
                        if (rows.Any(r => r.a.Style == style))
                            line += $" {style} {rows.Where(r => r.a.Style == style).Average(r => r.Score):0}";
                    }
                    line += " |";
                }
                Console.WriteLine(line + $" synthetic {Synthetic(corpus, questions, print: false):0.0}");
            }
            set(saved);
        }
    }

    private static string Row(string label, List<(LabelledAnswer Answer, IReadOnlyList<bool> Ticks, int Score, double Ms)> rows)
    {
        int tp = 0, fp = 0, fn = 0, labelled = 0, ticked = 0;
        foreach (var r in rows)
        {
            for (var i = 0; i < r.Ticks.Count; i++)
            {
                var truth = r.Answer.Covered[i];
                labelled += truth ? 1 : 0;
                ticked += r.Ticks[i] ? 1 : 0;
                if (r.Ticks[i] && truth)
                    tp++;
                else if (r.Ticks[i])
                    fp++;
                else if (truth)
                    fn++;
            }
        }
        var precision = tp + fp == 0 ? double.NaN : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? double.NaN : (double)tp / (tp + fn);
        var f1 = tp == 0 ? (labelled == 0 ? double.NaN : 0) : 2.0 * precision * recall / (precision + recall);
        return $"| {label} | {rows.Count} | {labelled} | {ticked} | {Fmt(precision)} | {Fmt(recall)} | {Fmt(f1)} | {rows.Average(r => r.Score):0.0} |";
    }

    private static string Fmt(double v) => double.IsNaN(v) ? "-" : v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static double Pct(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
