using System.Text.Json;

namespace Viva.Cli.Tests.Interchange;

/// <summary>`viva export --format exercism` runs one solution in the sandbox and writes results.json v3; `viva import` reads one back.</summary>
public sealed class ExercismExportCommandTests : IDisposable
{
    private const string Exercise = "files-pathlib";
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-exercism-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A fenced block of the exercise's question file, by its heading.</summary>
    private static string Block(string heading)
    {
        var lines = File.ReadAllLines(Path.Combine(VivaProcess.RepositoryRoot, "content", "python", "stdlib", Exercise + ".md"));
        var start = Array.IndexOf(lines, heading);
        var open = Array.FindIndex(lines, start, l => l.StartsWith("```python", StringComparison.Ordinal));
        var close = Array.FindIndex(lines, open + 1, l => l == "```");
        return string.Join('\n', lines[(open + 1)..close]) + "\n";
    }

    private async Task<JsonElement> ExportAsync(string solution)
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "solution.py"), solution);
        var output = await VivaProcess.RunAsync(_dir, "export", "--format", "exercism", "--exercise", Exercise, "--solution", "solution.py", "results.json");
        Assert.Equal(0, output.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_dir, "results.json")));
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task The_reference_solution_passes_and_the_starter_fails_without_showing_test_source()
    {
        var pass = await ExportAsync(Block("### Solution"));
        Assert.Equal(3, pass.GetProperty("version").GetInt32());
        Assert.Equal("pass", pass.GetProperty("status").GetString());
        Assert.All(pass.GetProperty("tests").EnumerateArray(), t => Assert.Equal("pass", t.GetProperty("status").GetString()));

        var fail = await ExportAsync(Block("### Starter"));
        Assert.Equal("fail", fail.GetProperty("status").GetString());
        Assert.Contains(fail.GetProperty("tests").EnumerateArray(), t => t.GetProperty("status").GetString() != "pass");
        Assert.All(fail.GetProperty("tests").EnumerateArray(), t => Assert.False(t.TryGetProperty("test_code", out _)));
    }

    [Fact]
    public async Task Without_a_solution_it_is_a_usage_error()
    {
        var output = await VivaProcess.RunAsync(_dir, "export", "--format", "exercism", "--exercise", Exercise, "results.json");

        Assert.Equal(2, output.ExitCode);
        Assert.Contains("needs --exercise ID and --solution FILE.py", output.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "results.json")));
    }

    [Fact]
    public async Task Importing_a_results_file_reports_each_test_and_writes_nothing_and_a_broken_one_is_one_line()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "results.json"), """
            {"version": 3, "status": "fail", "tests": [
              {"name": "test_empty", "status": "pass"},
              {"name": "test_one", "status": "error", "message": "NameError: name 'x' is not defined"}]}
            """);
        await File.WriteAllTextAsync(Path.Combine(_dir, "broken.json"), "{\"version\": 3, \"status\": \"pass\", \"tests\": [}");

        var import = await VivaProcess.RunAsync(_dir, "import", "results.json", "--into", "bank");
        var broken = await VivaProcess.RunAsync(_dir, "import", "broken.json", "--into", "bank");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("skipped   test_one (error): a test result records a run of a solution, not a question", import.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 Exercism results: 0 imported, 0 converted with loss, 2 skipped; 0 question files written to bank", import.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, broken.ExitCode);
        Assert.StartsWith("viva: broken.json:1: json: not valid JSON", broken.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("gift", broken.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "bank")) && Directory.EnumerateFileSystemEntries(Path.Combine(_dir, "bank")).Any());
    }
}
