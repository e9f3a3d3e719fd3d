using Viva.Core.Bank;
using Viva.Core.Similarity;
using Viva.Core.Tests.Bank;

namespace Viva.Core.Tests.Similarity;

public class SimilarityCorpusTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "similarity");
    private static readonly string[] Subfolders = ["variants", "independent"];

    /// <summary>
    /// The measured claims of the README that hold: every transformation is caught, and unrelated code is not flagged.
    /// The third target, at most 2% false positives among independent solutions of the same exercise, is not met
    /// (the bench prints the rate; README says why), so it is measured, not asserted.
    /// </summary>
    [Fact]
    public void Every_transformation_is_caught_and_unrelated_code_is_not_flagged_at_the_default_options()
    {
        var bank = QuestionBank.Load([RepositoryPaths.BundledBank]);
        var pairs = SimilarityCorpus.Load(Folder, bank);
        var figures = CorpusFigures.At(SimilarityCorpus.Score(pairs, SimilarityOptions.Default), SimilarityOptions.Default.Threshold);
        Assert.Equal(CorpusFigures.Transformations.Order(), figures.Recall.Select(r => r.Kind).Where(CorpusFigures.Transformations.Contains).Order());
        Assert.True(figures.Negatives >= 45, $"{figures.Negatives} independent pairs");
        foreach (var (kind, recall) in figures.Recall.Where(r => CorpusFigures.Transformations.Contains(r.Kind)))
            Assert.True(recall >= CorpusFigures.RecallTarget, $"{kind}: recall {recall:0.000}");
        Assert.True(figures.UnrelatedFalsePositiveRate <= CorpusFigures.FalsePositiveTarget, $"unrelated false positives {figures.UnrelatedFalsePositiveRate:P2}");
    }

    [Fact]
    public void Every_variant_folder_names_an_exercise_of_the_bank()
    {
        var exercises = QuestionBank.Load([RepositoryPaths.BundledBank]).Questions.Where(q => q.Exercise is not null).Select(q => q.Id).ToHashSet();
        foreach (var sub in Subfolders.Select(s => Path.Combine(Folder, s)).Where(Directory.Exists))
            Assert.All(Directory.GetDirectories(sub), d => Assert.Contains(Path.GetFileName(d), exercises));
    }
}
