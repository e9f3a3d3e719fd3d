using System.Diagnostics;
using Viva.Core.Bank;
using Viva.Core.Grading;

namespace Viva.Bench;

/// <summary>
/// `answers`: the key-point matcher measured on the labelled answers (tests/answers/corpus and, separately,
/// tests/answers/heldout, and tests/answers/adversarial: attacks and keyword-heavy correct notes written
/// against the matcher's cues): per style the precision, recall and F1 of the pre-ticks against the labels and the
/// mean weighted score; F1 over the correct styles; per-answer scoring latency. The bag-of-words baseline is
/// printed first. `answers --misses` also lists the corpus and adversarial answers whose ticks differ from the labels (never
/// the held-out ones: they are not for tuning).
/// </summary>
internal static class AnswersReport
{
    private static readonly string[] Sets = ["corpus", "heldout", "adversarial"];

    private delegate (IReadOnlyList<bool> Covered, int Score) Grader(IReadOnlyList<KeyPoint> points, string answer);

    public static void Run(bool misses, bool sweep = false)
    {
        var bankPath = GeneratedBank.BundledBankPath();
        var questions = QuestionBank.Load([bankPath]).Questions.ToDictionary(q => q.Id);
        var answersRoot = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(bankPath)!)!, "tests", "answers");
        var sets = Sets.Select(s => (Name: s, Answers: AnswerCorpus.LoadFolder(Path.Combine(answersRoot, s)))).ToList();
        var graders = new (string Name, Grader Grade)[]
        {
            ("baseline (bag of words)", (p, a) => BaselineGrader.Grade(p, a)),
            ("matcher", (p, a) => { var r = RubricGrader.Grade(p, a); return (r.Points.Select(x => x.Covered).ToList(), r.Score); }),
        };
        if (sweep)
        {
            Sweep(sets[0].Answers, questions);
            return;
        }
        foreach (var (name, grade) in graders)
        {
            foreach (var (set, answers) in sets)
            {
                Console.WriteLine($"### {name}: {set} ({answers.Select(a => a.QuestionId).Distinct().Count()} questions, {answers.Count} answers)");
                Console.WriteLine();
                Report(answers, questions, grade, misses && set != "heldout" && name == "matcher");
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
                if (r.Ticks[i] != r.Answer.Covered[i])
                    Console.WriteLine($"  {(r.Ticks[i] ? "FP" : "FN")} {r.Answer.QuestionId}/{r.Answer.Style} #{i + 1}: {questions[r.Answer.QuestionId].KeyPoints[i].Text}");
            }
        }
    }

    /// <summary>Corpus only: F1 over the correct styles and the attack styles' mean score for a grid of settings.</summary>
    private static void Sweep(IReadOnlyList<LabelledAnswer> answers, Dictionary<string, Question> questions)
    {
        foreach (var threshold in (double[])[0.3, 0.35, 0.4])
        foreach (var cues in (int[])[1, 2])
        foreach (var density in (double[])[0.03, 0.04])
        foreach (var veto in (double[])[0.3, 0.35, 0.4])
        {
            KeyPointMatcher.ContradictionVeto = veto;
            KeyPointMatcher.Threshold = threshold;
            KeyPointMatcher.MaxSaladCues = cues;
            KeyPointMatcher.MaxSaladDensity = density;
            var rows = answers.Select(a => { var r = RubricGrader.Grade(questions[a.QuestionId].KeyPoints, a.Text); return (a, (IReadOnlyList<bool>)r.Points.Select(x => x.Covered).ToList(), r.Score, 0.0); }).ToList();
            Console.WriteLine($"t={threshold} cues={cues} density={density} veto={veto}: correct {Row("", rows.Where(r => AnswerCorpus.CorrectStyles.Contains(r.a.Style)).ToList())} attack {Row("", rows.Where(r => AnswerCorpus.AttackStyles.Contains(r.a.Style)).ToList())} salad {rows.Where(r => r.a.Style == "salad").Average(r => r.Score):0} negated {rows.Where(r => r.a.Style == "negated").Average(r => r.Score):0}");
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
