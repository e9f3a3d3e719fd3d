namespace Viva.Cli.Tests.Interchange;

/// <summary>`viva import FILE.xml` and `viva export --format moodle-xml` as a user runs them.</summary>
public sealed class MoodleXmlCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-moodle-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<quiz>&c;</quiz>", "bad.xml:2: xml: a <!DOCTYPE> is refused")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<quiz><question type=\"essay\"><name><text>&x;</text></name></question></quiz>", "bad.xml:2: xml: a <!DOCTYPE> is refused")]
    [InlineData("<?xml version=\"1.0\"?>\n<quiz>\n  <question type=\"essay\">\n    <name><text>cut", "bad.xml:4: xml: ")]
    public async Task A_refused_file_is_one_error_line_and_nothing_is_written(string xml, string error)
    {
        var file = Path.Combine(_dir, "bad.xml");
        await File.WriteAllTextAsync(file, xml);
        var into = Path.Combine(_dir, "bank");

        var output = await VivaProcess.RunAsync(_dir, "import", "bad.xml", "--into", into);

        Assert.Equal(1, output.ExitCode);
        Assert.StartsWith("viva: " + error, output.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("(nothing read) (nothing written)\n", output.Stderr, StringComparison.Ordinal);
        Assert.Single(output.Stderr.Trim().Split('\n'));
        Assert.DoesNotContain("root:", output.Stdout + output.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(into));
    }

    [Fact]
    public async Task An_exported_topic_imports_into_an_empty_bank()
    {
        var export = await VivaProcess.RunAsync(_dir, "export", "--format", "moodle-xml", "--topic", "gil", "gil.xml");
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("Moodle XML questions written to gil.xml", export.Stdout, StringComparison.Ordinal);

        var import = await VivaProcess.RunAsync(_dir, "import", "gil.xml", "--into", "bank");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains(" 0 skipped; ", import.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dir, "bank", "bank.yml")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_dir, "bank"), "*.md", SearchOption.AllDirectories));
    }
}
