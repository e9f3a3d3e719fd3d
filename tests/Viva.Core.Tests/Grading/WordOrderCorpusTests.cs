using Viva.Core.Grading;
using Viva.Core.Tests.Bank;

namespace Viva.Core.Tests.Grading;

/// <summary>
/// The word-order model learns from a frozen copy of the bank's prose, so a question's verdicts stay put when others
/// are added. `VIVA_FREEZE_WORD_ORDER=1 dotnet test --filter WordOrderCorpus` renews the copy from today's bank; do it
/// on purpose, then re-measure the matcher (`bench ... answers`) and re-record tests/answers/short-answer-ticks.txt.
/// </summary>
public sealed class WordOrderCorpusTests
{
    private static string CorpusPath => Path.Combine(RepositoryPaths.Root, "src", "Viva.Core", "Grading", "word-order-corpus.txt");

    [Fact]
    public void The_model_learns_from_the_frozen_corpus_file_and_nothing_of_the_bank_is_embedded()
    {
        if (Environment.GetEnvironmentVariable("VIVA_FREEZE_WORD_ORDER") == "1")
            File.WriteAllLines(CorpusPath, BankProse());

        var assembly = typeof(WordOrder).Assembly;
        Assert.DoesNotContain(assembly.GetManifestResourceNames(), n => n.EndsWith(".md", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(WordOrder.CorpusResource)!);
        var embedded = reader.ReadToEnd();
        Assert.Equal(File.ReadAllText(CorpusPath), embedded); // the build embeds the file as it is
        var sentences = embedded.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(sentences.Length > 5000, $"{sentences.Length} sentences");
        Assert.DoesNotContain(sentences, s => s.Contains('\r', StringComparison.Ordinal) || s.Contains("```", StringComparison.Ordinal));
    }

    [Fact]
    public void Prose_sentences_leave_out_front_matter_code_and_list_marks()
    {
        const string markdown = "---\nid: x\n---\n## Answer\n\n- The GIL is one lock. It is released on I/O.\n\n```python\nprint(1)\n```\n1. Threads help with waiting.\n";
        Assert.Equal(["Answer", "The GIL is one lock.", "It is released on I/O.", "Threads help with waiting."], WordOrder.ProseSentences(markdown));
    }

    /// <summary>The bank's files in the order the model always read them (ordinal by path), each file's prose sentences.</summary>
    private static IEnumerable<string> BankProse() =>
        Directory.EnumerateFiles(RepositoryPaths.BundledBank, "*.md", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(RepositoryPaths.BundledBank, f).Replace('\\', '/'), File: f))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .SelectMany(f => WordOrder.ProseSentences(File.ReadAllText(f.File)));
}
