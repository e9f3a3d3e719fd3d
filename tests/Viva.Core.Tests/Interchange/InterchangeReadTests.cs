using System.Text;
using Viva.Core.Bank;
using Viva.Core.Interchange;
using Viva.Core.Tests.Bank;

namespace Viva.Core.Tests.Interchange;

/// <summary>An import's report says only what arrived: each item that arrived names its question's file, and one whose file is not written is skipped.</summary>
public sealed class InterchangeReadTests
{
    private static InterchangeRead Read(string name, byte[] bytes)
    {
        var read = InterchangeFile.Read(name, bytes);
        Assert.Null(read.Problem);
        return read;
    }

    [Theory]
    [InlineData("gift")]
    [InlineData("moodle-xml")]
    [InlineData("anki-text")]
    public void Every_item_that_arrived_names_a_question_the_read_holds(string format)
    {
        var bank = QuestionBank.Load([RepositoryPaths.BundledBank]);
        var export = InterchangeExport.Export(format, bank.Questions, DateTimeOffset.UnixEpoch);

        var read = Read("bank" + export.Extension, export.Content);

        var files = read.Questions.Select(string? (q) => q.SourcePath).ToHashSet();
        var arrived = read.Outcomes.Where(o => o.Status != ItemStatus.Skipped).ToList();
        Assert.NotEmpty(arrived);
        Assert.All(arrived, o => Assert.Contains(o.QuestionPath, files));
        Assert.All(read.Outcomes.Where(o => o.Status == ItemStatus.Skipped), o => Assert.Null(o.QuestionPath));
    }

    [Fact]
    public void A_question_not_written_turns_each_item_that_went_into_it_to_skipped_with_why()
    {
        var read = Read("t.gift", Encoding.UTF8.GetBytes("""
            $CATEGORY: basics/python/kept

            ::Kept::Why keep it? {
            ####Because.
            }

            ::Pairs::Match. {=a -> 1 =b -> 2}
            """));

        var arrived = read.Without(new Dictionary<string, string> { ["basics/kept.md"] = "the file exists" });

        Assert.Empty(arrived.Questions);
        Assert.Equal([ItemStatus.Skipped, ItemStatus.Skipped], arrived.Counted.Select(o => o.Status));
        Assert.Equal("skipped   kept: Kept (line 3): its question file basics/kept.md is not written: the file exists", arrived.Counted[0].ToString());
        Assert.Equal("Viva has no matching items", arrived.Counted[1].Detail);
        Assert.Equal(read.Outcomes.Count, arrived.Outcomes.Count);
    }

    [Fact]
    public void A_text_that_does_not_read_back_names_its_problems_by_line()
    {
        var read = Read("t.gift", Encoding.UTF8.GetBytes("::Heading::What is this?\\n\\n## Answer\\n\\nmore {\n####The answer.\n}"));

        var file = QuestionFile.Of(read.Questions.Single(), "imported/t.md");

        Assert.Null(file.ReadBack);
        Assert.StartsWith("its text does not read back (line ", file.Unreadable, StringComparison.Ordinal);
        Assert.Contains(": Answer: section appears twice", file.Unreadable, StringComparison.Ordinal);
    }
}
