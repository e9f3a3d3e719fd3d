using System.Collections.Concurrent;
using System.Diagnostics;
using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Sandbox;

namespace Viva.Core.Checking;

/// <summary>
/// Proves a bank's claims on a real CPython: every example and predict-the-output item prints exactly
/// what the file says, every exercise's hidden tests pass on the reference solution and fail on the
/// starter code. Runs on all cores; one broken item never stops the others.
/// </summary>
public sealed class BankChecker(PythonRunner runner, TimeSpan timeout)
{
    /// <summary>One unit of work: a description for progress, and the check that returns its problems.</summary>
    private sealed record Job(Question Question, PythonRange Range, string What, int Line, Func<CancellationToken, Task<IEnumerable<Problem>>> Run);

    public async Task<CheckReport> CheckAsync(QuestionBank bank, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var version = runner.Interpreter.Version;
        var jobs = bank.Questions.SelectMany(Jobs).ToList();
        var problems = new ConcurrentBag<Problem>(bank.Problems);
        var notes = new ConcurrentBag<Problem>();
        var done = 0;
        var verified = 0;
        await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (job, ct) =>
        {
            if (!job.Question.Python.Contains(version) || !job.Range.Contains(version))
            {
                var range = job.Question.Python.Contains(version) ? job.Range : job.Question.Python;
                notes.Add(new Problem(job.Question.SourcePath, job.Line, job.What, $"skipped: holds for Python {range.Text}, this is {version.ToString(3)}"));
            }
            else
            {
                var found = (await job.Run(ct)).ToList();
                foreach (var p in found)
                    problems.Add(p);
                if (found.Count == 0)
                    Interlocked.Increment(ref verified);
            }
            progress?.Report((Interlocked.Increment(ref done), jobs.Count));
        });

        return new CheckReport(
            Sort(problems), Sort(notes),
            bank.FileCount, bank.Questions.Count,
            bank.Questions.Sum(q => q.Examples.Count), bank.Questions.Sum(q => q.Quiz.Count), bank.Questions.Count(q => q.Exercise is not null),
            verified, notes.Count, $"{version.ToString(3)} ({runner.Interpreter.Path})", clock.Elapsed.TotalSeconds,
            jobs.Count > 0 ? runner.Enforcement : []);
    }

    private static List<Problem> Sort(IEnumerable<Problem> problems) =>
        problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Field, StringComparer.Ordinal).ToList();

    private IEnumerable<Job> Jobs(Question q)
    {
        foreach (var e in q.Examples)
            yield return new Job(q, e.Python, "Examples", e.Line, ct => Output(q, "Examples", $"example '{e.Title}'", e.Code, e.Output, ct));
        foreach (var p in q.Quiz.OfType<PredictItem>())
            yield return new Job(q, p.Python, "Quiz", p.Line, ct => Output(q, "Quiz", $"predict item '{p.Title}'", p.Code, p.Output, ct));
        if (q.Exercise is { } x)
            yield return new Job(q, PythonRange.Any, "Exercise", x.Line, ct => Exercise(q, x, ct));
    }

    private async Task<IEnumerable<Problem>> Output(Question q, string field, string what, CodeBlock code, CodeBlock expected, CancellationToken ct)
    {
        var result = await runner.RunAsync(new RunRequest { Code = code.Code, Timeout = timeout }, ct);
        if (Failure(result) is { } failure)
            return [new Problem(q.SourcePath, code.Line, field, $"{what} {failure}")];
        if (OutputDiff.Normalize(result.Stdout) != OutputDiff.Normalize(expected.Code))
            return [new Problem(q.SourcePath, expected.Line, field, $"{what}: real output differs from the ```output block (- expected, + actual):{OutputDiff.Describe(expected.Code, result.Stdout)}")];
        return [];
    }

    private async Task<IEnumerable<Problem>> Exercise(Question q, Exercise x, CancellationToken ct)
    {
        var inputs = x.Tests.Select(t => new TestInput(t.Name, t.Code.Code)).ToList();
        var solution = await runner.RunAsync(new RunRequest { Code = x.Solution.Code, Tests = inputs, Timeout = timeout }, ct);
        var starter = await runner.RunAsync(new RunRequest { Code = x.Starter.Code, Tests = inputs, Timeout = timeout }, ct);
        var problems = new List<Problem>();
        var solutionVerdicts = HiddenTestGrader.Grade(x.Tests, solution);
        foreach (var v in solutionVerdicts.Where(v => !v.Passed))
            problems.Add(new Problem(q.SourcePath, v.Test.Line, "Exercise.Solution", $"the reference solution fails test '{v.Test.Name}': {v.Message}"));
        if (HiddenTestGrader.Grade(x.Tests, starter).All(v => v.Passed))
            problems.Add(new Problem(q.SourcePath, x.Starter.Line, "Exercise.Starter", "the starter code passes every hidden test; at least one must fail"));
        return problems;
    }

    /// <summary>Why a run that should have printed its output did not finish cleanly, or null.</summary>
    private string? Failure(RunResult r) => r.Status switch
    {
        RunStatus.Ok => null,
        RunStatus.Timeout => $"timed out after {timeout.TotalSeconds:0.#} s",
        RunStatus.Error => $"exited with status {r.ExitCode}: {LastLine(r.Stderr)}",
        RunStatus.Memory => "ran out of memory",
        RunStatus.OutputLimit => "printed more output than the limit",
        _ => $"was killed ({LastLine(r.Stderr)})",
    };

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no message";
}
