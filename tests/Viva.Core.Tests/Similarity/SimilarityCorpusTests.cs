using Viva.Core.Bank;
using Viva.Core.Similarity;
using Viva.Core.Tests.Bank;

namespace Viva.Core.Tests.Similarity;

public class SimilarityCorpusTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "similarity");
    private static readonly string[] Subfolders = ["variants", "independent"];

    /// <summary>
    /// The README's measured claims: every transformation of an independent solution is caught (recall >= .95 per type,
    /// too-short copies counted as missed), at most 2% of pairs of independent solutions of one exercise are flagged,
    /// unrelated code is not flagged, and no copy of the model solution is (it is shared code, like the starter).
    /// </summary>
    [Fact]
    public void At_the_default_options_copies_are_caught_and_independent_solutions_are_not_flagged()
    {
        var bank = QuestionBank.Load([RepositoryPaths.BundledBank]);
        var pairs = SimilarityCorpus.Load(Folder, bank);
        var figures = CorpusFigures.At(SimilarityCorpus.Score(pairs, SimilarityOptions.Default), SimilarityOptions.Default.Threshold);
        Assert.Equal(CorpusFigures.Transformations.Order(), figures.Recall.Select(r => r.Kind).Where(CorpusFigures.Transformations.Contains).Order());
        Assert.True(figures.Negatives >= 45, $"{figures.Negatives} independent pairs");
        foreach (var (kind, recall) in figures.Recall.Where(r => CorpusFigures.Transformations.Contains(r.Kind)))
            Assert.True(recall >= CorpusFigures.RecallTarget, $"{kind}: recall {recall:0.000}");
        Assert.True(figures.FalsePositiveRate <= CorpusFigures.FalsePositiveTarget, $"false positives {figures.FalsePositiveRate:P2} of {figures.Negatives}");
        Assert.True(figures.UnrelatedFalsePositiveRate <= CorpusFigures.FalsePositiveTarget, $"unrelated false positives {figures.UnrelatedFalsePositiveRate:P2}");
        Assert.DoesNotContain(figures.Kinds, k => k.Kind == SimilarityCorpus.ModelSolutionCopy && k.Flagged > 0);
    }

    [Fact]
    public void Every_variant_folder_names_an_exercise_of_the_bank()
    {
        var exercises = QuestionBank.Load([RepositoryPaths.BundledBank]).Questions.Where(q => q.Exercise is not null).Select(q => q.Id).ToHashSet();
        foreach (var sub in Subfolders.Select(s => Path.Combine(Folder, s)).Where(Directory.Exists))
            Assert.All(Directory.GetDirectories(sub), d => Assert.Contains(Path.GetFileName(d), exercises));
    }
}
