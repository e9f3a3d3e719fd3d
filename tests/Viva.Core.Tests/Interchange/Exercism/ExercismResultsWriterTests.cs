using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Core.Interchange.Exercism;
using Viva.Core.Tests.Bank;
using Viva.Sandbox;

namespace Viva.Core.Tests.Interchange.Exercism;

/// <summary>A sandbox run of hidden tests written as results.json v3, compared with golden files written from the interface's text.</summary>
public sealed class ExercismResultsWriterTests
{
    private const string SecretSource = "result = total([-1, -2, -3])  # hidden";

    private static readonly HiddenTest[] Tests =
    [
        new("empty list gives zero", new CodeBlock("result = total([])", 1), new CodeBlock("0", 2), 1),
        new("négatif numbers are summed", new CodeBlock(SecretSource, 3), new CodeBlock("-6", 4), 3),
        new("a generator is accepted", new CodeBlock("result = total(x for x in [1])", 5), new CodeBlock("1", 6), 5),
    ];

    internal static string Golden(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "exercism", name));

    private static RunResult Run(RunStatus status, string stdout, params TestOutput[] outputs) =>
        new(status, status == RunStatus.Ok ? 0 : 1, stdout, "", stdout.Length, 0, 10, 10, outputs);

    private static string Write(HiddenTest[] tests, RunResult run) =>
        ExercismResultsWriter.Write(ExercismResultsWriter.FromRun(run, HiddenTestGrader.Grade(tests, run)));

    [Fact]
    public void A_run_with_a_failing_and_an_erroring_test_matches_the_golden_file()
    {
        var run = Run(RunStatus.Ok, "debug: n=0\n",
            new TestOutput(Tests[0].Name, "0", null),
            new TestOutput(Tests[1].Name, "6", null),
            new TestOutput(Tests[2].Name, null, "TypeError: 'generator' object is not subscriptable"));

        var json = Write(Tests, run);

        Assert.Equal(Golden("fail.json"), json);
        Assert.DoesNotContain("hidden", json, StringComparison.Ordinal);
        Assert.DoesNotContain("test_code", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passing_run_matches_the_golden_file_without_messages_or_output()
    {
        var run = Run(RunStatus.Ok, "", new TestOutput(Tests[0].Name, "0", null), new TestOutput(Tests[1].Name, "-6", null));
        Assert.Equal(Golden("pass.json"), Write(Tests[..2], run));
    }

    [Fact]
    public void A_program_that_fails_before_the_tests_is_an_error_with_its_message()
    {
        const string failed = TestOutput.ProgramFailedPrefix + "SyntaxError: invalid syntax (main.py, line 3)";
        var run = Run(RunStatus.Error, "", new TestOutput(Tests[0].Name, null, failed), new TestOutput(Tests[1].Name, null, failed));
        Assert.Equal(Golden("error.json"), Write(Tests[..2], run));
    }

    [Fact]
    public void A_run_stopped_by_a_limit_is_an_error_naming_the_limit()
    {
        var results = ExercismResultsWriter.FromRun(Run(RunStatus.Timeout, ""), HiddenTestGrader.Grade(Tests, Run(RunStatus.Timeout, "")));
        Assert.Equal(ExercismStatus.Error, results.Status);
        Assert.Equal("timed out", results.Message);
        Assert.All(results.Tests, t => Assert.Equal(ExercismStatus.Error, t.Status));
    }

    [Fact]
    public void Output_longer_than_the_interface_allows_is_truncated_with_its_note()
    {
        var run = Run(RunStatus.Ok, new string('x', 2000), new TestOutput(Tests[0].Name, "0", null));
        var output = ExercismResultsWriter.FromRun(run, HiddenTestGrader.Grade(Tests[..1], run)).Tests[0].Output!;
        Assert.Equal(ExercismResults.OutputLimit, output.Length);
        Assert.EndsWith(ExercismResults.TruncatedNote, output, StringComparison.Ordinal);
    }

    [Fact]
    public void What_the_writer_writes_reads_back_equal()
    {
        var run = Run(RunStatus.Ok, "debug: n=0\n",
            new TestOutput(Tests[0].Name, "0", null), new TestOutput(Tests[1].Name, "6", null), new TestOutput(Tests[2].Name, null, "TypeError: no"));
        var results = ExercismResultsWriter.FromRun(run, HiddenTestGrader.Grade(Tests, run));

        var back = ExercismResultsReader.Read("results.json", System.Text.Encoding.UTF8.GetBytes(ExercismResultsWriter.Write(results)));

        Assert.Null(back.Error);
        Assert.Equal(results with { Tests = [] }, back.Results! with { Tests = [] });
        Assert.Equal(results.Tests, back.Results!.Tests);
    }
}
