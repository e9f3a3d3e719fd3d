using Viva.Core.Bank;
using Viva.Core.Similarity;
using Viva.Core.Tests.Bank;

namespace Viva.Core.Tests.Similarity;

public class SimilarityCorpusTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "similarity");
    private static readonly string[] Subfolders = ["variants", "independent"];

    /// <summary>The measured claim of the README: it fails when a change to the engine, the options or the corpus loses a target.</summary>
    [Fact]
    public void The_corpus_meets_the_recall_and_false_positive_targets_at_the_default_options()
    {
        var bank = QuestionBank.Load([RepositoryPaths.BundledBank]);
        var pairs = SimilarityCorpus.Load(Folder, bank);
        var figures = CorpusFigures.At(SimilarityCorpus.Score(pairs, SimilarityOptions.Default), SimilarityOptions.Default.Threshold);
        Assert.Equal(CorpusFigures.Transformations.Order(), figures.Recall.Select(r => r.Kind).Where(CorpusFigures.Transformations.Contains).Order());
        Assert.True(figures.Negatives >= 1000, $"{figures.Negatives} negative pairs");
        foreach (var (kind, recall) in figures.Recall.Where(r => CorpusFigures.Transformations.Contains(r.Kind)))
            Assert.True(recall >= CorpusFigures.RecallTarget, $"{kind}: recall {recall:0.000}");
        Assert.True(figures.FalsePositiveRate <= CorpusFigures.FalsePositiveTarget, $"false positives {figures.FalsePositiveRate:P2}");
    }

    [Fact]
    public void Every_variant_folder_names_an_exercise_of_the_bank()
    {
        var exercises = QuestionBank.Load([RepositoryPaths.BundledBank]).Questions.Where(q => q.Exercise is not null).Select(q => q.Id).ToHashSet();
        foreach (var sub in Subfolders.Select(s => Path.Combine(Folder, s)).Where(Directory.Exists))
            Assert.All(Directory.GetDirectories(sub), d => Assert.Contains(Path.GetFileName(d), exercises));
    }
}
