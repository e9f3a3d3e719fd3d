using System.Text;
using Viva.Core.Interchange;
using Viva.Core.Interchange.Anki;

namespace Viva.Core.Tests.Interchange.Anki;

/// <summary>Anki's text import format as its manual describes it: file headers, separators, quoted fields, escaped quotes.</summary>
public sealed class AnkiTextParserTests
{
    // Written for this test after the manual's text-files page: headers, then semicolon-separated records
    // with a quoted field spanning two lines, a quoted separator and doubled quotes.
    private const string Documented = """
        #separator:Semicolon
        #html:true
        #tags:python basics
        #deck:Python::Lists
        #notetype:Basic
        #columns:Front;Back;Tags
        #tags column:3
        What does <code>len([])</code> return?;"It returns <b>0</b>.<br>An empty list has no items.";lists
        "What does ""is"" compare?";"Identity, not equality:
        two equal lists need not be one object.";operators
        "Does a slice ; copy?";Yes, a shallow copy.;
        """;

    [Fact]
    public void The_documented_format_reads_into_notes_with_headers_applied()
    {
        var read = AnkiTextParser.Parse("doc.txt", Encoding.UTF8.GetBytes(Documented));

        Assert.Null(read.Problem);
        Assert.Equal(3, read.Notes.Count);
        var (first, second, third) = (read.Notes[0], read.Notes[1], read.Notes[2]);
        Assert.Equal(["What does <code>len([])</code> return?", "It returns <b>0</b>.<br>An empty list has no items."], first.Fields);
        Assert.Equal(["python", "basics", "lists"], first.Tags);
        Assert.Equal(("Basic", "Python::Lists", true, 8), (first.Type.Name, first.Deck, first.Html, first.Line));
        Assert.Equal(["Front", "Back"], first.Type.FieldNames);
        Assert.Equal("What does \"is\" compare?", second.Fields[0]);
        Assert.Equal("Identity, not equality:\ntwo equal lists need not be one object.", second.Fields[1]);
        Assert.Equal((9, 11), (second.Line, third.Line));
        Assert.Equal("Does a slice ; copy?", third.Fields[0]);
        Assert.Equal(["python", "basics"], third.Tags);
    }

    [Fact]
    public void Documented_notes_become_questions_named_by_their_deck_with_the_loss_reported()
    {
        var notes = AnkiTextParser.Parse("doc.txt", Encoding.UTF8.GetBytes(Documented)).Notes;

        var import = AnkiImporter.Import(notes, "doc.txt");

        Assert.Equal(3, import.Questions.Count);
        var q = import.Questions[0];
        Assert.Equal(("python", "lists", "what-does-len-return"), (q.Area, q.Topic, q.Id));
        Assert.Equal("What does `len([])` return?", q.Prompt.Markdown);
        Assert.Equal("It returns **0**.\nAn empty list has no items.", q.Answer.Markdown);
        Assert.Equal(["python", "basics", "lists"], q.Tags);
        Assert.All(import.Outcomes, o => Assert.Equal(ItemStatus.ConvertedWithLoss, o.Status));
        Assert.Contains("level (mid)", import.Outcomes[0].Detail, StringComparison.Ordinal);
        Assert.Equal(8, import.Outcomes[0].Line);
    }

    [Fact]
    public void Without_headers_the_first_line_decides_the_separator_and_fields_are_plain_text()
    {
        var read = AnkiTextParser.Parse("plain.tsv", Encoding.UTF8.GetBytes("2 < 3?\tyes & always\n\nfront only\n"));

        Assert.Null(read.Problem);
        Assert.Equal(["2 < 3?", "yes & always"], read.Notes[0].Fields);
        Assert.False(read.Notes[0].Html);
        var import = AnkiImporter.Import(read.Notes, "plain.tsv");
        Assert.Equal("yes & always", import.Questions[0].Answer.Markdown);
        Assert.Equal(ItemStatus.Skipped, import.Outcomes[1].Status);
        Assert.Contains("no back", import.Outcomes[1].Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#separator:tab\nfront\t\"never closed\nmore\n", 2, "never closed")]
    [InlineData("#separator:Nothing\na\tb\n", 1, "no separator")]
    [InlineData("#html:yes\na\tb\n", 1, "neither true nor false")]
    [InlineData("#separator:tab\n#guid column:0\na\tb\n", 2, "not a column number")]
    public void A_malformed_file_is_one_problem_with_its_line(string text, int line, string message)
    {
        var read = AnkiTextParser.Parse("bad.txt", Encoding.UTF8.GetBytes(text));

        Assert.Empty(read.Notes);
        Assert.Equal(("bad.txt", line), (read.Problem!.File, read.Problem.Line));
        Assert.Contains(message, read.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused_with_their_line()
    {
        var read = AnkiTextParser.Parse("latin1.txt", [.. "a\tb\n"u8, 0x63, 0xE9, 0x09, 0x64]);

        Assert.Equal(2, read.Problem!.Line);
        Assert.Contains("not UTF-8", read.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cloze_notes_are_skipped_and_fields_past_the_back_reported_lost()
    {
        var text = "#separator:tab\n#html:true\n#notetype column:1\nCloze\t{{c1::Python}} is a language\t\nBasic\tfront\tback\textra\n";
        var import = AnkiImporter.Import(AnkiTextParser.Parse("mixed.txt", Encoding.UTF8.GetBytes(text)).Notes, "mixed.txt");

        Assert.Equal(ItemStatus.Skipped, import.Outcomes[0].Status);
        Assert.Contains("cloze", import.Outcomes[0].Detail, StringComparison.Ordinal);
        Assert.Equal(ItemStatus.ConvertedWithLoss, import.Outcomes[1].Status);
        Assert.Contains("field 3", import.Outcomes[1].Detail, StringComparison.Ordinal);
        Assert.Equal("front", Assert.Single(import.Questions).Prompt.Markdown);
    }
}
