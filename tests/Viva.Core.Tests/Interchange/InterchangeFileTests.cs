using System.Text;
using Viva.Core.Interchange;

namespace Viva.Core.Tests.Interchange;

/// <summary>Which reader takes a file, for files as public repositories hold them; each fixture is written for these tests.</summary>
public sealed class InterchangeFileTests
{
    private static InterchangeRead Read(string name, string text) => InterchangeFile.Read(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void An_exercism_results_file_is_read_and_each_test_reported_with_nothing_to_import()
    {
        var read = Read("expected_results.json", """
            {"version": 3, "status": "fail", "tests": [
              {"name": "Lasagna > bake time", "status": "pass", "task_id": 1},
              {"name": "Lasagna > prep time", "status": "fail", "message": "AssertionError: 4 != 2", "task_id": 2}]}
            """);

        Assert.Null(read.Problem);
        Assert.Empty(read.Questions);
        Assert.Equal(["Lasagna > bake time (pass)", "Lasagna > prep time (fail)"], read.Counted.Select(o => o.Item));
        Assert.All(read.Counted, o => Assert.Equal(ItemStatus.Skipped, o.Status));
        Assert.Contains("not a question", read.Counted[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_that_ended_in_error_is_one_item_naming_the_error()
    {
        var read = Read("results.json", """{"version": 2, "status": "error", "message": "SyntaxError: invalid syntax\n  line 3", "tests": []}""");

        Assert.Equal("the run (error: SyntaxError: invalid syntax)", read.Counted.Single().Item);
    }

    [Fact]
    public void A_json_file_that_is_not_results_json_is_one_error_naming_its_line()
    {
        var read = Read("results.json", "{\n  \"version\": 3,\n  \"message\": \"unterminated\n}");

        Assert.Equal("results.json:3: json: not valid JSON ('0x0A' is invalid within a JSON string. The string should be correctly escaped)", read.Problem);
    }

    [Fact]
    public void A_txt_of_tab_separated_lines_without_headers_is_anki_text_and_a_gift_file_stays_gift()
    {
        // Anki wrote no '#' headers before 2.1.55; such an export is one note a line, its fields split by tabs.
        var anki = Read("deck.txt", "Жизнь\tlife\nМир\tpeace\n");
        var gift = Read("quiz.txt", "::Q::Tabs\tand braces {=a ~b}\n");

        Assert.Equal("Anki notes", anki.Unit);
        Assert.Equal(2, anki.Questions.Select(q => q.Id).Distinct().Count());
        Assert.Equal("GIFT questions", gift.Unit);
    }
}
