using Viva.Core.Bank;
using Viva.Core.Checking;
using Viva.Core.Tests.Bank;
using Viva.Sandbox;

namespace Viva.Core.Tests.Checking;

/// <summary>The checker runs the bank's code on the machine's real CPython.</summary>
public sealed class BankCheckerTests : IDisposable
{
    private readonly TestBank _bank = new();

    public void Dispose() => _bank.Dispose();

    private async Task<CheckReport> CheckAsync(string text, double timeoutSeconds = 10)
    {
        _bank.Write("language/sample.md", text);
        var interpreter = PythonInterpreter.Find() ?? throw new InvalidOperationException("python3 is required for these tests");
        var checker = new BankChecker(new PythonRunner(interpreter), TimeSpan.FromSeconds(timeoutSeconds));
        return await checker.CheckAsync(QuestionBank.Load([_bank.Root]));
    }

    [Fact]
    public async Task A_valid_question_is_verified_run_by_run()
    {
        var report = await CheckAsync(TestBank.ValidQuestion);

        Assert.Empty(report.Problems);
        Assert.Equal((1, 1, 3, 1), (report.Questions, report.Examples, report.QuizItems, report.Exercises));
        Assert.Equal(3, report.Verified); // one example, one predict item, one exercise
    }

    [Fact]
    public async Task An_example_whose_real_output_differs_shows_a_diff()
    {
        var report = await CheckAsync(TestBank.ValidQuestion.Replace("print(sum([]))", "print(sum([]))\nprint('extra')", StringComparison.Ordinal));

        var p = Assert.Single(report.Problems);
        Assert.Equal("Examples", p.Field);
        Assert.Contains("example 'Empty sum': real output differs", p.Message, StringComparison.Ordinal);
        Assert.Contains("\n  0\n+ extra", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_predicted_output_is_reported_on_its_output_block()
    {
        var report = await CheckAsync(TestBank.ValidQuestion.Replace("```output\n13\n```", "```output\n12\n```", StringComparison.Ordinal));

        var p = Assert.Single(report.Problems);
        Assert.Equal("Quiz", p.Field);
        Assert.Contains("- 12\n+ 13", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_example_that_hangs_times_out_and_the_check_goes_on()
    {
        var report = await CheckAsync(TestBank.ValidQuestion.Replace("print(sum([]))", "while True:\n    pass", StringComparison.Ordinal), timeoutSeconds: 1);

        var p = Assert.Single(report.Problems);
        Assert.Contains("example 'Empty sum' timed out after 1 s", p.Message, StringComparison.Ordinal);
        Assert.Equal(2, report.Verified);
    }

    [Fact]
    public async Task An_example_that_raises_reports_the_exception()
    {
        var report = await CheckAsync(TestBank.ValidQuestion.Replace("print(sum([]))", "print(sum([]))\nraise KeyError('gone')", StringComparison.Ordinal));

        var p = Assert.Single(report.Problems);
        Assert.Contains("exited with status 1: KeyError: 'gone'", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reference_solution_that_fails_its_own_tests_is_reported()
    {
        var report = await CheckAsync(TestBank.ValidQuestion.Replace("    return sum(xs)", "    return sum(xs) + 1", StringComparison.Ordinal));

        Assert.All(report.Problems, p => Assert.Equal("Exercise.Solution", p.Field));
        Assert.Contains(report.Problems, p => p.Message.Contains("fails test 'sums three numbers': $: expected 6, got 7", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reference_solution_that_stops_before_its_tests_is_one_problem_with_the_reason()
    {
        var report = await CheckAsync(TestBank.ValidQuestion.Replace("    return sum(xs)", "    return sum(xs)\n\nimport os, sys\nprint('bye', file=sys.stderr)\nos._exit(3)", StringComparison.Ordinal));

        var p = Assert.Single(report.Problems);
        Assert.Equal("Exercise.Solution", p.Field);
        Assert.Equal("the reference solution stopped before its tests: it exited with status 3: bye", p.Message);
    }

    [Fact]
    public async Task A_starter_that_already_passes_is_reported()
    {
        var report = await CheckAsync(TestBank.ValidQuestion.Replace("    return 0", "    return sum(xs)", StringComparison.Ordinal));

        var p = Assert.Single(report.Problems);
        Assert.Equal("Exercise.Starter", p.Field);
    }

    [Fact]
    public async Task Items_outside_the_running_python_are_skipped_with_a_note()
    {
        var report = await CheckAsync(TestBank.ValidQuestion.Replace("### Empty sum\n", "### Empty sum\n\n> python: >=3.99\n", StringComparison.Ordinal));

        Assert.Empty(report.Problems);
        var note = Assert.Single(report.Notes);
        Assert.Contains("skipped: holds for Python >=3.99", note.Message, StringComparison.Ordinal);
        Assert.Equal(1, report.Skipped);
    }

    [Fact]
    public async Task Every_wrong_solution_is_reported_with_the_tests_that_caught_it()
    {
        var report = await CheckAsync(TestBank.ValidQuestion);

        Assert.Equal(3, report.WrongSolutions);
        var starts = report.Catches.Single(c => c.Mistake == "Starts from one");
        Assert.Equal(["sums three numbers", "an empty list"], starts.CaughtBy);
        Assert.Equal(["sums three numbers"], report.Catches.Single(c => c.Mistake == "Counts instead of summing").CaughtBy);
    }

    [Fact]
    public async Task A_wrong_solution_that_passes_every_test_is_a_problem()
    {
        // The empty-list test is what catches "starts from one" at 0 items; without it the mistake slips through.
        var weaker = TestBank.ValidQuestion.Replace("#### an empty list\n\n```python\nresult = total([])\n```\n\n```json\n0\n```\n\n", "", StringComparison.Ordinal)
            .Replace("return sum(xs, 1)", "return sum(xs, 0) if xs else 1", StringComparison.Ordinal);
        var report = await CheckAsync(weaker);

        var p = Assert.Single(report.Problems);
        Assert.Equal("Exercise.Wrong solutions", p.Field);
        Assert.Contains("wrong solution 'Starts from one' passes every hidden test", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_solution_that_cannot_even_run_proves_nothing()
    {
        var report = await CheckAsync(TestBank.ValidQuestion.Replace("    return len(xs)", "    return len(xs\n", StringComparison.Ordinal));

        var p = Assert.Single(report.Problems);
        Assert.Contains("wrong solution 'Counts instead of summing' fails before any test runs (SyntaxError", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_several_versions_the_solution_runs_on_each_and_wrong_solutions_on_the_ends_of_the_range()
    {
        // pyenv's 3.6-3.13 here; on a machine with fewer versions the ends may coincide.
        var three = PythonInterpreter.Installed().Where(i => i.Version.Major == 3).OrderBy(i => i.Version).TakeLast(3).ToList();
        _bank.Write("language/sample.md", TestBank.ValidQuestion);
        var checker = new BankChecker(three.Select(i => new PythonRunner(i)).ToList(), TimeSpan.FromSeconds(10));

        var report = await checker.CheckAsync(QuestionBank.Load([_bank.Root]));

        Assert.Empty(report.Problems);
        var exercise = report.Proofs.Single(p => p.Item == "exercise");
        Assert.Equal(three.Select(i => $"{i.Version.Major}.{i.Version.Minor}"), exercise.Versions);
        var ends = new[] { three[0], three[^1] }.Select(i => $"{i.Version.Major}.{i.Version.Minor}").Order(StringComparer.Ordinal);
        Assert.All(report.Catches.GroupBy(c => c.Line), g => Assert.Equal(ends.Distinct(), g.Select(c => c.Python).Order(StringComparer.Ordinal)));
        Assert.True(exercise.Seconds > 0, "the exercise's run time is reported");
    }
}
