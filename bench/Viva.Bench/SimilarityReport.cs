using System.Diagnostics;
using Viva.Core.Bank;
using Viva.Core.Similarity;

namespace Viva.Bench;

/// <summary>
/// `similarity`: the similarity engine measured on tests/similarity at the default options: per transformation the
/// recall, over every negative pair the false-positive rate, then a threshold sweep (the chosen threshold should sit
/// inside the range that meets both targets, away from its ends). `similarity --sweep` also tries a grid of k, w and
/// builtin handling and prints, for each, the range of thresholds that meets the targets.
/// </summary>
internal static class SimilarityReport
{
    public static void Run(bool sweep)
    {
        var bankPath = GeneratedBank.BundledBankPath();
        var bank = QuestionBank.Load([bankPath]);
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(bankPath)!)!, "tests", "similarity");
        var pairs = SimilarityCorpus.Load(folder, bank);
        var options = SimilarityOptions.Default;
        var clock = Stopwatch.StartNew();
        var scored = SimilarityCorpus.Score(pairs, options);
        var ms = clock.Elapsed.TotalMilliseconds;
        Console.WriteLine($"### similarity: k={options.K}, w={options.W} (guaranteed run {options.GuaranteedRun} tokens), threshold {options.Threshold:0.00}, min fingerprints {options.MinFingerprints}, builtins kept: {options.KeepBuiltins}");
        Console.WriteLine($"{pairs.Count} pairs scored in {ms:0} ms ({ms * 1000 / pairs.Count:0} µs per pair, tokenizing and winnowing both sides)");
        Console.WriteLine();
        var figures = CorpusFigures.At(scored, options.Threshold);
        Console.WriteLine("| pairs | should flag | count | flagged | too short | rate | min score | median score | max score |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var k in figures.Kinds)
        {
            var scores = scored.Where(s => s.Pair.Kind == k.Kind && s.Result.Verdict != SimilarityVerdict.TooShort).Select(s => s.Result.Score).Order().ToList();
            Console.WriteLine($"| {k.Kind} | {(k.ShouldFlag ? "yes" : "no")} | {k.Pairs} | {k.Flagged} | {k.TooShort} | {(double)k.Flagged / k.Pairs:0.000} | {Pick(scores, 0)} | {Pick(scores, 0.5)} | {Pick(scores, 1)} |");
        }
        Console.WriteLine();
        Console.WriteLine($"min recall over the six transformations {figures.MinRecall:0.000} (target >= {CorpusFigures.RecallTarget}), false positives {figures.FalsePositiveRate:P2} of {figures.Negatives} independent same-exercise pairs (target <= {CorpusFigures.FalsePositiveTarget:P0}), unrelated code {figures.UnrelatedFalsePositiveRate:P2}: {(figures.MeetsTargets ? "targets met" : "TARGETS MISSED")}");
        Console.WriteLine();
        Console.WriteLine("| threshold | min recall | false positives (same exercise) | false positives (unrelated) | meets targets |");
        Console.WriteLine("|---:|---:|---:|---:|---|");
        foreach (var t in Enumerable.Range(1, 19).Select(i => i * 0.05))
        {
            var f = CorpusFigures.At(scored, t);
            Console.WriteLine($"| {t:0.00} | {f.MinRecall:0.000} | {f.FalsePositiveRate:P2} | {f.UnrelatedFalsePositiveRate:P2} | {(f.MeetsTargets ? "yes" : "")} |");
        }
        foreach (var miss in scored.Where(s => s.Pair.ShouldFlag && !s.FlaggedAt(options.Threshold)))
            Console.WriteLine($"missed: {miss.Pair.ExerciseId}/{miss.Pair.NameB} ({miss.Pair.Kind}) {miss.Result.Verdict} score {miss.Result.Score:0.00}");
        foreach (var fp in scored.Where(s => !s.Pair.ShouldFlag && s.FlaggedAt(options.Threshold)))
            Console.WriteLine($"false positive: {fp.Pair.ExerciseId} {fp.Pair.NameA} ~ {fp.Pair.NameB} score {fp.Result.Score:0.00}");
        if (sweep)
            Sweep(pairs);
    }

    private static void Sweep(IReadOnlyList<LabelledPair> pairs)
    {
        Console.WriteLine();
        Console.WriteLine("| k | w | builtins | too short (positives) | thresholds meeting both targets | highest negative score | min recall at 0.5 |");
        Console.WriteLine("|---:|---:|---|---:|---|---:|---:|");
        foreach (var keep in new[] { true, false })
        foreach (var k in new[] { 6, 8, 10, 12, 15, 20 })
        foreach (var w in new[] { 4, 8, 12 })
        {
            var options = SimilarityOptions.Default with { K = k, W = w, KeepBuiltins = keep };
            var scored = SimilarityCorpus.Score(pairs, options);
            var ok = Enumerable.Range(1, 99).Select(i => i * 0.01).Where(t => CorpusFigures.At(scored, t).MeetsTargets).ToList();
            var range = ok.Count == 0 ? "none" : $"{ok[0]:0.00} - {ok[^1]:0.00}";
            var highest = scored.Where(s => !s.Pair.ShouldFlag && s.Result.Verdict != SimilarityVerdict.TooShort).Select(s => s.Result.Score).DefaultIfEmpty(0).Max();
            var tooShort = scored.Count(s => s.Pair.ShouldFlag && s.Result.Verdict == SimilarityVerdict.TooShort);
            Console.WriteLine($"| {k} | {w} | {(keep ? "kept" : "as names")} | {tooShort} | {range} | {highest:0.00} | {CorpusFigures.At(scored, 0.5).MinRecall:0.000} |");
        }
    }

    private static string Pick(List<double> sorted, double q) => sorted.Count == 0 ? "-" : sorted[(int)Math.Round(q * (sorted.Count - 1))].ToString("0.00");
}
