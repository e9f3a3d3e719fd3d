using System.Text;
using Viva.Core.Bank;
using Viva.Core.Interchange;
using Viva.Core.Interchange.Moodle;
using Viva.Core.Tests.Bank;
using Xunit.Abstractions;

namespace Viva.Core.Tests.Interchange.Moodle;

/// <summary>Viva → Moodle XML → Viva over the whole bundled bank: every field Moodle XML can hold comes back.</summary>
public sealed class MoodleXmlRoundTripTests(ITestOutputHelper output)
{
    [Fact]
    public void The_whole_bank_comes_back_with_every_field_but_the_wrong_solutions()
    {
        var bank = QuestionBank.Load([RepositoryPaths.BundledBank]);
        Assert.Empty(bank.Problems);

        var export = MoodleXmlExporter.Export(bank.Questions);
        var parsed = MoodleXmlParser.Parse("bank.xml", Encoding.UTF8.GetBytes(export.Xml));
        Assert.Null(parsed.Error);
        Assert.Equal(export.ItemCount, parsed.Questions!.Count);
        var import = MoodleXmlImporter.Import(parsed.Questions, "bank.xml");
        Assert.DoesNotContain(import.Outcomes, o => o.Status == ItemStatus.Skipped);
        var back = import.Questions.ToDictionary(q => q.Id);
        Assert.Equal(bank.Questions.Count, back.Count);

        foreach (var original in bank.Questions)
        {
            var q = back[original.Id];
            // Moodle XML holds everything but the exercise's wrong solutions (the export reports them).
            var expected = original with { Exercise = original.Exercise is { } x ? x with { WrongSolutions = [] } : null };
            Assert.Equal(QuestionWriter.Write(expected), QuestionWriter.Write(q));
            var problems = QuestionValidator.Validate(q with { SourcePath = $"{q.Area}/{q.Id}.md" }, bank.Taxonomies[0], Path.Combine(q.Area, q.Id + ".md"));
            Assert.All(problems, p => Assert.Contains("Wrong solutions", p.Field, StringComparison.Ordinal));
        }
        // Only the examples' proof is reported lost on the way in: the file holds their code and output, not that they ran.
        Assert.All(import.Outcomes.Where(o => o.Status == ItemStatus.ConvertedWithLoss), o => Assert.Contains("proof", o.Detail, StringComparison.Ordinal));
        output.WriteLine($"{bank.Questions.Count} questions, {export.ItemCount} Moodle questions, {import.Outcomes.Count(o => o.Status == ItemStatus.Imported)} imported whole, "
            + $"{import.Outcomes.Count(o => o.Status == ItemStatus.ConvertedWithLoss)} examples without their proof; {bank.Questions.Count(q => q.Exercise is not null)} exercises with "
            + $"{bank.Questions.Sum(q => q.Exercise?.Tests.Count ?? 0)} hidden tests back; every question equal but its wrong solutions");
    }
}
