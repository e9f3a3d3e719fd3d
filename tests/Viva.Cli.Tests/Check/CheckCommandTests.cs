using System.Text.Json;

namespace Viva.Cli.Tests.Check;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteBank(string questionText)
    {
        File.WriteAllText(Path.Combine(_dir, "bank.yml"), "name: T\nareas:\n  language:\n    title: Language\n    topics:\n      context-managers: Context managers\n");
        Directory.CreateDirectory(Path.Combine(_dir, "language"));
        File.WriteAllText(Path.Combine(_dir, "language", "context-managers.md"), questionText);
        return _dir;
    }

    private static string BundledQuestion() =>
        File.ReadAllText(Path.Combine(VivaProcess.RepositoryRoot, "content", "python", "language", "context-managers.md"));

    [Fact]
    public async Task Check_passes_on_a_good_bank_and_prints_a_summary()
    {
        var output = await VivaProcess.RunAsync(_dir, "check", WriteBank(BundledQuestion()));

        Assert.Equal(0, output.ExitCode);
        Assert.Matches(@"^ok: 1 files, 1 questions, \d+ examples, \d+ quiz items, 1 exercises, (\d+) wrong solutions \(\1 caught\); \d+ runs verified", output.Stdout);
    }

    [Fact]
    public async Task Check_all_versions_proves_items_on_several_pythons_and_lists_them_per_file()
    {
        var output = await VivaProcess.RunAsync(_dir, "check", "--all-versions", "--verbose", WriteBank(BundledQuestion()));

        Assert.True(output.ExitCode == 0, output.Stdout + output.Stderr);
        Assert.Matches(@"context-managers\.md: \d+ item\(s\) proven on 3\.\d+-3\.\d+", output.Stdout);
        Assert.Matches(@"wrong solution '.+' caught on 3\.\d+ by: '.+'", output.Stdout);
        Assert.Matches(@"runs verified, 0 skipped on Python (\d+\.\d+\.\d+, )+3\.\d+\.\d+;", output.Stdout);
    }

    [Fact]
    public async Task Check_refuses_python_and_all_versions_together()
    {
        var output = await VivaProcess.RunAsync(_dir, "check", "--all-versions", "--python", "3.12", WriteBank(BundledQuestion()));

        Assert.Equal(1, output.ExitCode);
        Assert.Equal("viva: give either --python or --all-versions, not both\n", output.Stderr);
    }

    [Fact]
    public async Task Check_fails_with_one_line_per_problem_in_file_line_field_form()
    {
        var broken = BundledQuestion().Replace("area: language", "area: nowhere", StringComparison.Ordinal);

        var output = await VivaProcess.RunAsync(_dir, "check", WriteBank(broken));

        Assert.Equal(1, output.ExitCode);
        var lines = output.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{Path.Combine("language", "context-managers.md")}:4: area: unknown area 'nowhere' (known: language)", lines[0]);
        Assert.StartsWith("FAILED: 1 problem(s)", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_on_a_bank_with_a_broken_file_fails_and_never_says_ok()
    {
        var broken = BundledQuestion().Replace("area: language", "area: nowhere", StringComparison.Ordinal);

        var output = await VivaProcess.RunAsync(_dir, "check", "--stats", WriteBank(broken));

        Assert.Equal(1, output.ExitCode);
        Assert.DoesNotContain("ok:", output.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("FAILED: 1 problem(s) above", output.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_json_reports_the_same_findings()
    {
        var broken = BundledQuestion().Replace("propagated KeyError('k')\n```", "propagated KeyError('x')\n```", StringComparison.Ordinal);

        var output = await VivaProcess.RunAsync(_dir, "check", "--json", WriteBank(broken));

        Assert.Equal(1, output.ExitCode);
        using var json = JsonDocument.Parse(output.Stdout);
        var problem = Assert.Single(json.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal("Examples", problem.GetProperty("field").GetString());
        Assert.Contains("- propagated KeyError('x')\n+ propagated KeyError('k')", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, json.RootElement.GetProperty("questions").GetInt32());
        Assert.False(json.RootElement.GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task Check_on_a_missing_python_version_fails_with_one_readable_line()
    {
        var output = await VivaProcess.RunAsync(_dir, "check", "--python", "3.99", WriteBank(BundledQuestion()));

        Assert.Equal(1, output.ExitCode);
        Assert.Equal("viva: Python 3.99 was not found (looked on PATH and under pyenv)\n", output.Stderr);
    }

    [Fact]
    public async Task Fmt_rewrites_a_file_into_canonical_form()
    {
        var messy = BundledQuestion().Replace("## Answer\n", "## Answer\n\n\n", StringComparison.Ordinal);
        var bank = WriteBank(messy);

        var output = await VivaProcess.RunAsync(_dir, "fmt", bank);

        Assert.Equal(0, output.ExitCode);
        Assert.Equal(BundledQuestion(), File.ReadAllText(Path.Combine(bank, "language", "context-managers.md")));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    public async Task Help_describes_the_commands(params string[] args)
    {
        var output = await VivaProcess.RunAsync(_dir, args);

        Assert.Equal(0, output.ExitCode);
        Assert.Contains("Usage:", output.Stdout, StringComparison.Ordinal);
        Assert.Contains(args.Length == 1 ? "check" : "--python", output.Stdout, StringComparison.Ordinal);
    }
}
