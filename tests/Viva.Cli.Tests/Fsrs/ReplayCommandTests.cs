using System.CommandLine;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Viva.Cli.Fsrs;
using Viva.Core.Scheduling;

namespace Viva.Cli.Tests.Fsrs;

public sealed class ReplayCommandTests : IDisposable
{
    private const string History = """
        {"desiredRetention": 0.9, "enableFuzz": false, "reviews": [
          {"at": "2026-01-01T09:00:00Z", "rating": 3},
          {"at": "2026-01-01T09:10:00Z", "rating": 3},
          {"at": "2026-01-03T09:00:00Z", "rating": 3},
          {"at": "2026-01-14T09:00:00Z", "rating": 1},
          {"at": "2026-01-14T09:10:00Z", "rating": 3},
          {"at": "2026-01-20T18:00:00+02:00", "rating": 4}
        ]}
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("viva-replay-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Replay_json_has_one_object_per_review_agreeing_with_the_scheduler()
    {
        var (code, stdout, stderr) = Run(WriteFile("replay.json", History), json: true);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        using var doc = JsonDocument.Parse(stdout);
        var rows = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(6, rows.Count);
        var scheduler = new FsrsScheduler();
        var card = CardState.New(DateTimeOffset.Parse("2026-01-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var row in rows)
        {
            var at = row.GetProperty("at").GetDateTimeOffset();
            card = scheduler.Next(card, at, (Rating)row.GetProperty("rating").GetInt32());
            Assert.Equal(card.Stability, row.GetProperty("stability").GetDouble());
            Assert.Equal(card.Difficulty, row.GetProperty("difficulty").GetDouble());
            Assert.Equal(card.ScheduledDays, row.GetProperty("scheduledDays").GetInt32());
            Assert.Equal(card.Due, row.GetProperty("due").GetDateTimeOffset());
        }
        Assert.Equal(["learning", "review", "review", "relearning", "review", "review"], rows.Select(r => r.GetProperty("state").GetString()));
        Assert.Equal("2026-01-20T16:00:00Z", rows[5].GetProperty("at").GetString());
        Assert.Equal("2026-02-02T16:00:00Z", rows[5].GetProperty("due").GetString());
    }

    [Fact]
    public void Replay_table_matches_the_golden_file()
    {
        var (code, stdout, stderr) = Run(WriteFile("replay.json", History), json: false);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        var golden = Path.Combine(SourceDirectory(), "replay-table.golden.txt");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings(), stdout.ReplaceLineEndings());
    }

    [Fact]
    public void Replay_reads_the_history_from_stdin_given_a_dash()
    {
        var (code, stdout, _) = Run("-", json: true, stdin: History);

        Assert.Equal(0, code);
        Assert.Equal(6, JsonDocument.Parse(stdout).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Replay_runs_through_the_command_line_parser()
    {
        var path = WriteFile("replay.json", History);
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { FsrsCommand.Create() };

        var code = await root.Parse(["fsrs", "replay", path, "--json"]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.Equal(0, code);
        Assert.Equal(6, JsonDocument.Parse(output.ToString()).RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("""{"reviews": [{"at": "2026-01-01T09:00:00Z", "rating": 3}, {"at": "2026-01-02T09:00:00Z", "rating": 3}, {"at": "2026-01-03T09:00:00Z", "rating": 3}, {"at": "2026-01-04T09:00:00Z", "rating": 5}]}""",
        "replay.json: reviews[3].rating: must be 1-4 (Again, Hard, Good, Easy), got 5")]
    [InlineData("""{"reviews": [{"at": "2026-01-02T09:00:00Z", "rating": 3}, {"at": "2026-01-01T09:00:00Z", "rating": 3}]}""",
        "replay.json: reviews[1].at: 2026-01-01T09:00:00Z is before the previous review (2026-01-02T09:00:00Z); reviews must be in time order")]
    [InlineData("""{"parameters": [0.2, 1.3, 2.3], "reviews": [{"at": "2026-01-01T09:00:00Z", "rating": 3}]}""",
        "replay.json: parameters: expected 21 numbers (FSRS-6 weights), got 3")]
    [InlineData("""{"reviews": [{"at": "2026-01-01T09:00:00Z", "rating": 3}""",
        "replay.json: invalid JSON at line 1, column 57")]
    [InlineData("""{"reviews": [{"at": "2026-01-01 09:00", "rating": 3}]}""",
        "replay.json: reviews[0].at: must be an ISO 8601 date-time with an offset, such as \"2026-01-01T09:00:00Z\", got \"2026-01-01 09:00\"")]
    [InlineData("""{"desiredRetention": 1.5, "reviews": [{"at": "2026-01-01T09:00:00Z", "rating": 3}]}""",
        "replay.json: desiredRetention: must be above 0 and at most 1, got 1.5")]
    [InlineData("""{"reviews": []}""", "replay.json: reviews: empty; give at least one review")]
    [InlineData("""{"review": []}""", "replay.json: review: unknown property (expected one of parameters, desiredRetention, maximumInterval, enableFuzz, enableShortTerm, learningSteps, relearningSteps, reviews)")]
    [InlineData("""{"learningSteps": ["1m", "ten"], "reviews": [{"at": "2026-01-01T09:00:00Z", "rating": 3}]}""",
        "replay.json: learningSteps[1]: must be a step such as \"10m\", \"1h\" or \"1d\", got \"ten\"")]
    public void Invalid_replay_file_exits_1_with_one_line_naming_the_problem(string content, string expected)
    {
        var path = WriteFile("replay.json", content);

        var (code, stdout, stderr) = Run(path, json: false);

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Equal(expected.Replace("replay.json", path, StringComparison.Ordinal) + Environment.NewLine, stderr);
    }

    [Fact]
    public void Missing_file_exits_1_saying_so()
    {
        var path = Path.Combine(_dir, "missing.json");

        var (code, _, stderr) = Run(path, json: false);

        Assert.Equal(1, code);
        Assert.Equal($"{path}: file not found{Environment.NewLine}", stderr);
    }

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string Stdout, string Stderr) Run(string path, bool json, string stdin = "")
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = FsrsCommand.Replay(path, json, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
