using System.Collections.Concurrent;
using System.Diagnostics;
using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Sandbox;

namespace Viva.Core.Checking;

/// <summary>
/// Proves a bank's claims on real CPythons: every example and predict-the-output item prints exactly
/// what the file says, every exercise's hidden tests pass on the reference solution, fail on the
/// starter code and catch every wrong solution. Each item runs on every given interpreter its range
/// holds for (Python 2 only runs plain examples: the test harness is Python 3), except that wrong
/// solutions run on the oldest and newest of them only (see <see cref="WrongSolutionRunners"/>). Runs on
/// all cores; one broken item never stops the others.
/// </summary>
public sealed class BankChecker(IReadOnlyList<PythonRunner> runners, TimeSpan timeout)
{
    public BankChecker(PythonRunner runner, TimeSpan timeout) : this([runner], timeout)
    {
    }

    /// <summary>One checkable item: where it is, which versions it holds for, and the check that returns its problems on an interpreter.</summary>
    private sealed record Item(Question Question, PythonRange Range, string Field, string Label, int Line, bool NeedsPython3, Func<Job, CancellationToken, Task<IEnumerable<Problem>>> Run);

    /// <summary>One item on one interpreter; WrongSolutions says whether an exercise's wrong solutions run too.</summary>
    private sealed class Job(Item item, PythonRunner runner, bool wrongSolutions)
    {
        private long runMs;

        public Item Item => item;
        public PythonRunner Runner => runner;
        public bool WrongSolutions => wrongSolutions;

        /// <summary>Seconds its runs took inside the sandbox, summed (waiting for a free sandbox excluded).</summary>
        public double RunSeconds => Interlocked.Read(ref runMs) / 1000.0;

        public async Task<RunResult> RunAsync(RunRequest request, CancellationToken ct)
        {
            var result = await runner.RunAsync(request, ct);
            Interlocked.Add(ref runMs, (long)result.WallMs);
            return result;
        }
    }

    public async Task<CheckReport> CheckAsync(QuestionBank bank, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var catches = new ConcurrentBag<WrongSolutionCatch>();
        var items = bank.Questions.SelectMany(q => Items(q, catches)).ToList();
        // Exercises first: they are the longest jobs, and starting them last would leave a long tail on one core.
        var jobs = items.OrderByDescending(i => i.Field == "Exercise").SelectMany(Jobs).ToList();
        var problems = new ConcurrentBag<Problem>(bank.Problems);
        var proven = new ConcurrentDictionary<(string File, int Line), ConcurrentBag<Version>>();
        var timings = new ConcurrentDictionary<(string File, int Line), double>();
        var done = 0;
        // Most runs wait (sleeps, pipes, pool hand-over) rather than compute: two per core keeps both busy.
        var parallelism = Environment.ProcessorCount * (runners.Count > 1 ? 2 : 1);
        await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (job, ct) =>
        {
            var found = (await job.Item.Run(job, ct)).ToList();
            timings.AddOrUpdate((job.Item.Question.SourcePath, job.Item.Line), job.RunSeconds, (_, t) => Math.Max(t, job.RunSeconds));
            foreach (var p in found)
                problems.Add(runners.Count > 1 ? p with { Message = $"on Python {Short(job.Runner)}: {p.Message}" } : p);
            if (found.Count == 0)
                proven.GetOrAdd((job.Item.Question.SourcePath, job.Item.Line), _ => []).Add(job.Runner.Interpreter.Version);
            progress?.Report((Interlocked.Increment(ref done), jobs.Count));
        });

        var notes = new List<Problem>();
        var proofs = new List<ItemProof>();
        foreach (var item in items)
        {
            var versions = proven.TryGetValue((item.Question.SourcePath, item.Line), out var v) ? v.Distinct().Order().ToList() : [];
            var seconds = timings.GetValueOrDefault((item.Question.SourcePath, item.Line));
            proofs.Add(new ItemProof(item.Question.SourcePath, item.Line, item.Label, versions.Select(x => $"{x.Major}.{x.Minor}").ToList(), Math.Round(seconds, 2)));
            foreach (var runner in runners.Where(r => !InRange(item, r)))
            {
                if (runners.Count == 1 || !runners.Any(r => InRange(item, r)))
                    notes.Add(Skipped(item, runner));
            }
        }

        return new CheckReport(
            Sort(problems), Sort(notes),
            bank.FileCount, bank.Questions.Count,
            bank.Questions.Sum(q => q.Examples.Count), bank.Questions.Sum(q => q.Quiz.Count), bank.Questions.Count(q => q.Exercise is not null),
            bank.Questions.Sum(q => q.Exercise?.WrongSolutions.Count ?? 0),
            proven.Values.Sum(b => b.Count), notes.Count,
            runners.Select(r => $"{r.Interpreter.Version.ToString(3)} ({r.Interpreter.Path})").ToList(),
            clock.Elapsed.TotalSeconds,
            // The limits as enforced for an interpreter that ran something (a pool starts only when used).
            jobs.Count > 0 ? jobs[^1].Runner.Enforcement : [],
            proofs,
            catches.OrderBy(c => c.File, StringComparer.Ordinal).ThenBy(c => c.Line).ThenBy(c => c.Python, StringComparer.Ordinal).ToList());
    }

    /// <summary>The item on every interpreter in its range.</summary>
    private IEnumerable<Job> Jobs(Item item)
    {
        var inRange = runners.Where(r => InRange(item, r)).ToList();
        var wrongOn = WrongSolutionRunners(inRange);
        return inRange.Select(r => new Job(item, r, wrongOn.Contains(r)));
    }

    /// <summary>
    /// Where wrong solutions run: the oldest and newest interpreter of the item's range. Whether a test
    /// catches a mistake is a property of the tests, which rarely depends on the version, while wrong
    /// solutions are over half of all runs; the two ends of the range are where behaviour differs most.
    /// The solution and the starter still run on every version (measured: the full matrix on 2 cores
    /// took 500 s with wrong solutions everywhere; see docs/architecture.md).
    /// </summary>
    private static HashSet<PythonRunner> WrongSolutionRunners(List<PythonRunner> inRange) =>
        inRange.Count == 0 ? [] : [inRange.MinBy(r => r.Interpreter.Version)!, inRange.MaxBy(r => r.Interpreter.Version)!];

    private static bool InRange(Item item, PythonRunner runner)
    {
        var version = runner.Interpreter.Version;
        return item.Question.Python.Contains(version) && item.Range.Contains(version) && (version.Major >= 3 || !item.NeedsPython3);
    }

    private static Problem Skipped(Item item, PythonRunner runner)
    {
        var version = runner.Interpreter.Version;
        var range = !item.Question.Python.Contains(version) ? item.Question.Python.Text : !item.Range.Contains(version) ? item.Range.Text : ">=3";
        return new Problem(item.Question.SourcePath, item.Line, item.Field, $"skipped: holds for Python {range}, this is {version.ToString(3)}");
    }

    private static string Short(PythonRunner runner) => $"{runner.Interpreter.Version.Major}.{runner.Interpreter.Version.Minor}";

    private static List<Problem> Sort(IEnumerable<Problem> problems) =>
        problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Field, StringComparer.Ordinal).ThenBy(p => p.Message, StringComparer.Ordinal).ToList();

    /// <summary>The checks of one question, not yet bound to an interpreter.</summary>
    private IEnumerable<Item> Items(Question q, ConcurrentBag<WrongSolutionCatch> catches)
    {
        foreach (var e in q.Examples)
        {
            var label = $"example '{e.Title}'";
            yield return new Item(q, e.Python, "Examples", label, e.Line, false, (job, ct) => Output(job, q, "Examples", label, e.Code, e.Output, ct));
        }
        foreach (var p in q.Quiz.OfType<PredictItem>())
        {
            var label = $"predict item '{p.Title}'";
            yield return new Item(q, p.Python, "Quiz", label, p.Line, true, (job, ct) => Output(job, q, "Quiz", label, p.Code, p.Output, ct));
        }
        if (q.Exercise is { } x)
            yield return new Item(q, PythonRange.Any, "Exercise", "exercise", x.Line, true, (job, ct) => Exercise(job, q, x, job.WrongSolutions ? x.WrongSolutions : [], catches, ct));
    }

    private async Task<IEnumerable<Problem>> Output(Job job, Question q, string field, string what, CodeBlock code, CodeBlock expected, CancellationToken ct)
    {
        var result = await job.RunAsync(new RunRequest { Code = code.Code, Timeout = timeout }, ct);
        if (Failure(result) is { } failure)
            return [new Problem(q.SourcePath, code.Line, field, $"{what} {failure}")];
        if (OutputDiff.Normalize(result.Stdout) != OutputDiff.Normalize(expected.Code))
            return [new Problem(q.SourcePath, expected.Line, field, $"{what}: real output differs from the ```output block (- expected, + actual):{OutputDiff.Describe(expected.Code, result.Stdout)}")];
        return [];
    }

    private async Task<IEnumerable<Problem>> Exercise(Job job, Question q, Exercise x, IReadOnlyList<WrongSolution> wrongSolutions, ConcurrentBag<WrongSolutionCatch> catches, CancellationToken ct)
    {
        var inputs = x.Tests.Select(t => new TestInput(t.Name, t.Code.Code)).ToList();
        Task<RunResult> Run(CodeBlock code) => job.RunAsync(new RunRequest { Code = code.Code, Tests = inputs, Timeout = timeout }, ct);
        var solution = Run(x.Solution);
        var starter = Run(x.Starter);
        var wrong = wrongSolutions.Select(w => Run(w.Code)).ToList();
        var problems = new List<Problem>();
        var solutionRun = await solution;
        if (solutionRun.Tests.Count == 0)
            // One line with the reason (a time-out, the last line of a traceback) says more than a line per test.
            problems.Add(new Problem(q.SourcePath, x.Solution.Line, "Exercise.Solution", $"the reference solution stopped before its tests: it {Failure(solutionRun) ?? "ended without reporting a test"}"));
        else
            foreach (var v in HiddenTestGrader.Grade(x.Tests, solutionRun).Where(v => !v.Passed))
                problems.Add(new Problem(q.SourcePath, v.Test.Line, "Exercise.Solution", $"the reference solution fails test '{v.Test.Name}': {v.Message}"));
        if (HiddenTestGrader.Grade(x.Tests, await starter).All(v => v.Passed))
            problems.Add(new Problem(q.SourcePath, x.Starter.Line, "Exercise.Starter", "the starter code passes every hidden test; at least one must fail"));
        for (var i = 0; i < wrong.Count; i++)
        {
            var mistake = wrongSolutions[i];
            var run = await wrong[i];
            var failed = HiddenTestGrader.Grade(x.Tests, run).Where(v => !v.Passed).Select(v => v.Test.Name).ToList();
            if (failed.Count == 0)
                problems.Add(new Problem(q.SourcePath, mistake.Line, "Exercise.Wrong solutions", $"wrong solution '{mistake.Mistake}' passes every hidden test: add a test that catches it"));
            else if (FailedBeforeTests(run) is { } why)
                problems.Add(new Problem(q.SourcePath, mistake.Line, "Exercise.Wrong solutions", $"wrong solution '{mistake.Mistake}' fails before any test runs ({why}); a wrong solution must be a plausible program that a test catches"));
            else
                catches.Add(new WrongSolutionCatch(q.SourcePath, mistake.Line, mistake.Mistake, Short(job.Runner), failed));
        }
        return problems;
    }

    /// <summary>
    /// Why the program itself failed before any test could observe it (a syntax error, an exception at
    /// import), or null. Proving that tests catch such a program proves nothing about the tests.
    /// </summary>
    private static string? FailedBeforeTests(RunResult run)
    {
        if (run.Tests.Count > 0 && run.Tests.All(t => t.Error?.StartsWith(TestOutput.ProgramFailedPrefix, StringComparison.Ordinal) == true))
            return run.Tests[0].Error![TestOutput.ProgramFailedPrefix.Length..];
        return run.Tests.Count == 0 && run.Status == RunStatus.Error ? LastLine(run.Stderr) : null;
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
