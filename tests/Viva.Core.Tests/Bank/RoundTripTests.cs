using Viva.Core.Bank;

namespace Viva.Core.Tests.Bank;

public sealed class RoundTripTests
{
    public static TheoryData<string> BankFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.BundledBank, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(RepositoryPaths.BundledBank, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(BankFiles))]
    public void Parse_then_write_gives_the_same_bytes(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.BundledBank, file));

        var result = QuestionParser.Parse(file, bytes);

        Assert.Empty(result.Problems);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(bytes), QuestionWriter.Write(result.Question!));
    }

    [Fact]
    public void The_bundled_bank_loads_without_problems()
    {
        var bank = QuestionBank.Load([RepositoryPaths.BundledBank]);

        Assert.Empty(bank.Problems);
        Assert.Equal(bank.FileCount, bank.Questions.Count);
        Assert.NotEmpty(bank.Questions);
    }

    [Fact]
    public void Writer_quotes_yaml_values_that_plain_scalars_would_change()
    {
        Assert.Equal("plain title", QuestionWriter.Yaml("plain title"));
        Assert.Equal("\"`__slots__`: when\"", QuestionWriter.Yaml("`__slots__`: when"));
        Assert.Equal("\">=3.8\"", QuestionWriter.Yaml(">=3.8"));
        Assert.Equal("\"yes\"", QuestionWriter.Yaml("yes"));
        Assert.Equal("\"3.10\"", QuestionWriter.Yaml("3.10"));
    }

    [Fact]
    public void A_non_canonical_file_is_reported_and_fmt_form_is_stable()
    {
        using var bank = new TestBank();
        var messy = TestBank.ValidQuestion.Replace("## Answer\n", "## Answer\n\n\n", StringComparison.Ordinal);
        bank.Write("language/sample.md", messy);

        var loaded = QuestionBank.Load([bank.Root]);

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal("format", problem.Field);
        var rewritten = QuestionWriter.Write(loaded.Questions[0]);
        Assert.Equal(TestBank.ValidQuestion, rewritten);
    }
}
