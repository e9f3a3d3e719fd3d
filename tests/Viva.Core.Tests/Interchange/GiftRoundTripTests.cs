using System.Text;
using Viva.Core.Bank;
using Viva.Core.Interchange;
using Viva.Core.Interchange.Gift;
using Viva.Core.Tests.Bank;
using Xunit.Abstractions;

namespace Viva.Core.Tests.Interchange;

/// <summary>Viva → GIFT → Viva over the whole bundled bank: every field GIFT can hold comes back.</summary>
public sealed class GiftRoundTripTests(ITestOutputHelper output)
{
    [Fact]
    public void The_whole_bank_comes_back_with_every_field_gift_holds()
    {
        var bank = QuestionBank.Load([RepositoryPaths.BundledBank]);
        Assert.Empty(bank.Problems);

        var export = GiftExporter.Export(bank.Questions);
        var parsed = GiftParser.Parse("bank.gift", Encoding.UTF8.GetBytes(export.Text));
        Assert.Null(parsed.Problem);
        var import = GiftImporter.Import(parsed.Document!, "bank.gift");
        var back = import.Questions.ToDictionary(q => q.Id);

        Assert.Equal(export.ItemCount, parsed.Document!.Questions.Count);
        var exercises = bank.Questions.Count(q => q.Exercise is not null);
        Assert.Equal(exercises, import.Outcomes.Count(o => o.Status == ItemStatus.Skipped));
        var lossless = 0;
        foreach (var original in bank.Questions)
        {
            var q = back[original.Id];
            // GIFT holds everything but key-point weights and the exercise (tests and wrong solutions).
            var expected = original with
            {
                KeyPoints = original.KeyPoints.Select(k => k with { Weight = 1 }).ToList(),
                Exercise = null,
            };
            Assert.Equal(QuestionWriter.Write(expected), QuestionWriter.Write(q));
            Assert.Empty(QuestionValidator.Validate(q with { SourcePath = $"{q.Area}/{q.Id}.md" }, bank.Taxonomies[0], Path.Combine(q.Area, q.Id + ".md")));
            var reread = QuestionParser.Parse(q.SourcePath, Encoding.UTF8.GetBytes(QuestionWriter.Write(q)));
            Assert.Empty(reread.Problems);
            lossless++;
        }
        output.WriteLine($"{bank.Questions.Count} questions, {export.ItemCount} GIFT items exported, {parsed.Document.Questions.Count} parsed back, "
            + $"{import.Outcomes.Count(o => o.Status == ItemStatus.Imported)} imported whole, {import.Outcomes.Count(o => o.Status == ItemStatus.ConvertedWithLoss)} with reported loss, "
            + $"{exercises} exercises skipped; {lossless} questions equal on every field GIFT holds");
    }

    [Fact]
    public void A_foreign_file_imports_what_viva_holds_and_says_why_for_the_rest()
    {
        var doc = GiftParser.Parse("f.gift", Encoding.UTF8.GetBytes("""
            $CATEGORY: $module$/Python//Basics/Lists

            ::Mutable::Is a list mutable? {T#No, lists change in place.#Yes.}

            ::Pick::Which is a sequence? {=list #Yes. ~%25%dict ~int #No.}

            Match. {=a -> 1 =b -> 2 =c -> 3}

            How many? {#3}

            ::Out::[markdown]What does it print?\n\n```python\nprint(1)\n```{=1 =1.0}
            """)).Document!;

        var import = GiftImporter.Import(doc, "f.gift");

        var q = Assert.Single(import.Questions);
        Assert.Equal(("python-basics", "lists"), (q.Area, q.Id));
        Assert.Equal(["choice", "choice", "predict"], q.Quiz.Select(i => i.Kind));
        Assert.Contains(import.Outcomes, o => o.Status == ItemStatus.Skipped && o.Detail.Contains("matching", StringComparison.Ordinal));
        Assert.Contains(import.Outcomes, o => o.Status == ItemStatus.Skipped && o.Detail.Contains("numerical", StringComparison.Ordinal));
        Assert.Contains(import.Outcomes, o => o.Status == ItemStatus.ConvertedWithLoss && o.Detail.Contains("partial-credit", StringComparison.Ordinal));
        Assert.Contains(import.Outcomes, o => o.Status == ItemStatus.ConvertedWithLoss && o.Detail.Contains("alternative answers", StringComparison.Ordinal));
        // GIFT's question text becomes the item's title (a bank stem holds only code), so the draft is a valid file.
        Assert.Equal("Is a list mutable?", q.Quiz[0].Title);
        Assert.Empty(QuestionParser.Parse("lists.md", Encoding.UTF8.GetBytes(QuestionWriter.Write(q))).Problems);
    }
}
