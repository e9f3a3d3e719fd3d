namespace Viva.Cli.Tests.Interchange;

/// <summary><c>viva import</c>'s report says only what arrived: an item whose question file was not written is skipped, in its line and in the summary.</summary>
public sealed class ImportReportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-import-report-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<VivaProcess.Output> ImportAsync(string gift)
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "q.gift"), gift);
        return await VivaProcess.RunAsync(_dir, "import", "q.gift", "--into", "bank");
    }

    [Fact]
    public async Task An_essay_whose_text_holds_a_bank_heading_is_not_written_and_its_items_are_reported_skipped()
    {
        // "## Answer" in the essay's text is Markdown to GIFT, but a second Answer section to the bank: the written file does not read back.
        var import = await ImportAsync("""
            $CATEGORY: $course$/viva/basics/python/heading

            ::Heading essay::[markdown]What is this?\n\n## Answer\n\nmore {
            ####The answer.
            }

            ::choice\: Pick::[markdown]Which? {=Right#yes ~Wrong#no}
            """);

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("skipped   heading: Heading essay (line 3): its question file basics/heading.md is not written: its text does not read back (line ",
            import.Stdout, StringComparison.Ordinal);
        Assert.Contains("Answer: section appears twice", import.Stdout, StringComparison.Ordinal);
        Assert.Contains("skipped   heading: choice: Pick (line 7): its question file basics/heading.md is not written", import.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(import.Stdout.Split('\n'), l => l.StartsWith("imported ", StringComparison.Ordinal) || l.StartsWith("converted ", StringComparison.Ordinal));
        Assert.Contains("2 GIFT questions: 0 imported, 0 converted with loss, 2 skipped; 0 question files written to bank", import.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(_dir, "bank"), "*.md", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_item_whose_question_file_exists_is_reported_skipped_and_counted_so()
    {
        const string Gift = """
            $CATEGORY: $course$/viva/basics/python/kept

            ::Kept::[markdown]Why keep it? {
            ####Because.
            }

            ::choice\: Pick::[markdown]Which? {=Right#yes ~Wrong#no}
            """;
        var first = await ImportAsync(Gift);
        Assert.Contains("2 GIFT questions: 1 imported, 1 converted with loss, 0 skipped; 1 question files written to bank", first.Stdout, StringComparison.Ordinal);

        var again = await ImportAsync(Gift);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("skipped   kept: Kept (line 3): its question file basics/kept.md is not written: the file exists (import into another directory, or remove it first)",
            again.Stdout, StringComparison.Ordinal);
        Assert.Contains("skipped   kept: choice: Pick (line 7): its question file basics/kept.md is not written: the file exists", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 GIFT questions: 0 imported, 0 converted with loss, 2 skipped; 0 question files written to bank", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_categories_at_one_place_write_the_first_and_report_the_second_skipped()
    {
        // Only a category's last three segments place a question, so these two would be one file.
        var import = await ImportAsync("""
            $CATEGORY: $course$/one/basics/python/same

            ::Same::[markdown]What? {
            ####Answer one.
            }

            $CATEGORY: $course$/two/basics/python/same

            ::Same again::[markdown]What else? {
            ####Answer two.
            }
            """);

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("skipped   same: Same again (line 9): its category places it at basics/same.md, where an earlier category's question is",
            import.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 GIFT questions: 1 imported, 0 converted with loss, 1 skipped; 1 question files written to bank", import.Stdout, StringComparison.Ordinal);
        Assert.Equal([Path.Combine(_dir, "bank", "basics", "same.md")], Directory.GetFiles(Path.Combine(_dir, "bank", "basics")));
        Assert.Contains("Answer one.", await File.ReadAllTextAsync(Path.Combine(_dir, "bank", "basics", "same.md")), StringComparison.Ordinal);
    }
}
