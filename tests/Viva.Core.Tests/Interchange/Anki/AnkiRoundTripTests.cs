using System.Text;
using Viva.Core.Bank;
using Viva.Core.Interchange;
using Viva.Core.Interchange.Anki;
using Viva.Core.Tests.Bank;
using Xunit.Abstractions;

namespace Viva.Core.Tests.Interchange.Anki;

/// <summary>Viva → Anki text → Viva and Viva → .apkg → Viva over the whole bundled bank: every field a card holds comes back.</summary>
public sealed class AnkiRoundTripTests(ITestOutputHelper output)
{
    private static readonly QuestionBank Bank = QuestionBank.Load([RepositoryPaths.BundledBank]);

    [Fact]
    public void The_whole_bank_comes_back_from_anki_text()
    {
        var export = AnkiExporter.Export(Bank.Questions, "Basic");
        var text = AnkiTextWriter.Write(export.Notes);
        var read = AnkiTextParser.Parse("bank.txt", Encoding.UTF8.GetBytes(text));
        Assert.Null(read.Problem);
        AssertComeBack(AnkiImporter.Import(read.Notes, "bank.txt"));
    }

    [Fact]
    public void The_whole_bank_comes_back_from_an_apkg()
    {
        var export = AnkiExporter.Export(Bank.Questions, "Viva Basic");
        var dir = Directory.CreateTempSubdirectory("viva-anki-test-");
        try
        {
            var path = Path.Combine(dir.FullName, "bank.apkg");
            AnkiPackageWriter.Write(export.Notes, path, DateTimeOffset.UnixEpoch.AddYears(56));
            Assert.Equal([Path.GetFileName(path)], dir.GetFiles().Select(f => f.Name));
            var read = AnkiPackageReader.Read(path);
            Assert.Null(read.Problem);
            Assert.Empty(read.Reviews);
            var import = AnkiImporter.Import(read.Notes, path);
            AssertComeBack(import);
            // Each note keeps its collection id, which review history is matched on.
            Assert.Equal(Bank.Questions.Count, import.QuestionOfNote.Count);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_export_reports_what_a_card_cannot_hold_per_question()
    {
        var export = AnkiExporter.Export(Bank.Questions, "Basic");
        foreach (var (q, outcome) in Bank.Questions.Zip(export.Outcomes))
        {
            Assert.Equal(q.Id, outcome.Item);
            Assert.Equal(q.Quiz.Count > 0 || q.Exercise is not null || q.Examples.Count > 0 || q.FollowUps.Count > 0 || q.Pitfalls.Count > 0,
                outcome.Status == ItemStatus.ConvertedWithLoss);
            if (q.Exercise is not null)
                Assert.Contains("the exercise", outcome.Detail, StringComparison.Ordinal);
            if (q.Quiz.Count > 0)
                Assert.Contains($"{q.Quiz.Count} quiz items", outcome.Detail, StringComparison.Ordinal);
        }
    }

    private void AssertComeBack(AnkiImport import)
    {
        Assert.Empty(Bank.Problems);
        Assert.Equal(Bank.Questions.Count, import.Questions.Count);
        Assert.All(import.Outcomes, o => Assert.Equal(ItemStatus.Imported, o.Status));
        var back = import.Questions.ToDictionary(q => q.Id);
        foreach (var original in Bank.Questions)
        {
            var q = back[original.Id];
            Assert.Equal(original.Title, q.Title);
            Assert.Equal(original.Prompt.Markdown, q.Prompt.Markdown);
            Assert.Equal(original.Answer.Markdown, q.Answer.Markdown);
            Assert.Equal(original.KeyPoints.Select(k => (k.Weight, k.Text)), q.KeyPoints.Select(k => (k.Weight, k.Text)));
            Assert.Equal((original.Area, original.Topic, original.Level, original.Minutes), (q.Area, q.Topic, q.Level, q.Minutes));
            Assert.Equal(original.Python, q.Python);
            Assert.Equal(original.Tags, q.Tags);
            // What a card does not hold stays behind; the rest writes a question file that parses.
            Assert.Empty(QuestionParser.Parse(q.SourcePath, Encoding.UTF8.GetBytes(QuestionWriter.Write(q))).Problems);
        }
        output.WriteLine($"{Bank.Questions.Count} questions, each equal on id, title, prompt, answer, key points, area, topic, level, minutes, python range and tags");
    }
}
