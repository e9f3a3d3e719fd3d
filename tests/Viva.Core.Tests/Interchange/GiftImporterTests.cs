using System.Text;
using Viva.Core.Bank;
using Viva.Core.Interchange;
using Viva.Core.Interchange.Gift;

namespace Viva.Core.Tests.Interchange;

/// <summary>Constructs met in GIFT files from public repositories, each in a fixture written for these tests.</summary>
public sealed class GiftImporterTests
{
    private static GiftImport Import(string gift)
    {
        var parsed = GiftParser.Parse("t.gift", Encoding.UTF8.GetBytes(gift));
        Assert.Null(parsed.Problem);
        return GiftImporter.Import(parsed.Document!, "t.gift");
    }

    [Fact]
    public void An_html_question_arrives_as_markdown_and_what_that_drops_is_reported()
    {
        var import = Import("::Tuples::[html]<p>Which is <code>immutable</code>?</p><table><tr><td>pick one</td></tr></table>{=<b>tuple</b> #Yes: <i>hashable</i>. ~list #No.}");

        var item = Assert.IsType<ChoiceItem>(import.Questions.Single().Quiz.Single());
        Assert.Equal("Which is `immutable`? pick one", item.Title);
        Assert.Equal(["**tuple**", "list"], item.Options.Select(o => o.Text));
        Assert.Equal("Yes: *hashable*.", item.Options[0].Explanation);
        Assert.StartsWith("HTML formatting", import.Outcomes[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_choice_with_one_option_is_skipped_with_its_reason_rather_than_written_broken()
    {
        var outcome = Import("Only one way? {~%100%yes}").Outcomes.Single();

        Assert.Equal(ItemStatus.Skipped, outcome.Status);
        Assert.Contains("two options or more, and this one has 1", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Losses_come_first_and_a_filled_in_part_never_reads_as_nothing_lost()
    {
        var outcome = Import("::Bytes::A str is {~bytes =text} in Python 3.").Outcomes[0];

        Assert.Equal(ItemStatus.ConvertedWithLoss, outcome.Status);
        Assert.Equal("the answer's place in the sentence (shown as _____); the question's name 'Bytes' (its text is the item's title); "
            + "and options without feedback got a placeholder explanation", outcome.Detail);
        Assert.StartsWith("nothing, but ", Import("What is 2? {=two #yes ~three #no}").Outcomes[^1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_item_twice_in_a_category_arrives_once_and_the_second_is_reported()
    {
        var import = Import("Is 0 falsy? {T}\n\nIs 0 falsy? {TRUE}");

        Assert.Single(import.Questions.Single().Quiz);
        Assert.Equal(ItemStatus.Skipped, import.Outcomes[1].Status);
        Assert.Contains("an earlier question of its category asks the same ('Is 0 falsy?')", import.Outcomes[1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Categories_named_in_another_script_keep_apart()
    {
        var import = Import("$CATEGORY: Списки\n\nQ {=a #y ~b #n}\n\n$CATEGORY: Словари\n\nR {=a #y ~b #n}");

        var ids = import.Questions.Select(q => q.Id).ToList();
        Assert.Equal(2, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^u[0-9a-f]{8}$", id));
    }

    [Fact]
    public void Key_points_alone_make_no_question_and_are_reported_skipped()
    {
        var import = Import("$CATEGORY: basics/python/points\n\n::key points::[markdown]- one\\n- two\n\n::pitfalls::[markdown]- three");

        Assert.Empty(import.Questions);
        Assert.All(import.Outcomes, o => Assert.Equal(ItemStatus.Skipped, o.Status));
        Assert.Contains("a question to belong to", import.Outcomes[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_categories_at_one_place_make_one_question_and_the_second_is_reported_skipped()
    {
        var import = Import("$CATEGORY: one/basics/python/same\n\nQ {=a #y ~b #n}\n\n$CATEGORY: two/basics/python/same\n\nR {=a #y ~b #n}");

        Assert.Equal("Q", import.Questions.Single().Quiz.Single().Title);
        Assert.Equal(ItemStatus.Skipped, import.Outcomes.Single(o => o.Line == 7).Status);
        Assert.Contains("at basics/same.md, where an earlier category's question is", import.Outcomes.Single(o => o.Line == 7).Detail, StringComparison.Ordinal);
    }
}
