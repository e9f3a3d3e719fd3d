using Viva.Cli.Shared;
using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Core.Interchange.Exercism;
using Viva.Sandbox;

namespace Viva.Cli.Interchange;

/// <summary>
/// <c>viva export --format exercism --exercise ID --solution FILE.py OUT</c>: runs a solution against the
/// exercise's hidden tests in the sandbox and writes the run as Exercism's results.json (version 3).
/// </summary>
internal static class ExercismExport
{
    public static async Task<int> RunAsync(IReadOnlyList<Question> bank, string? exerciseId, string? solutionPath, string outPath, CancellationToken ct)
    {
        if (exerciseId is null || solutionPath is null)
            return CliError.Fail("--format exercism needs --exercise ID and --solution FILE.py (a results.json is one run)", 2);
        var question = bank.FirstOrDefault(q => q.Id == exerciseId);
        if (question?.Exercise is not { } exercise)
            return CliError.Fail($"--exercise {exerciseId}: {(question is null ? "no such question" : "the question has no exercise")}", 2);
        if (!File.Exists(solutionPath))
            return CliError.Fail($"{solutionPath}: no such file", 2);
        // The newest installed CPython the question holds for, as the web grades exercises.
        var interpreter = PythonInterpreter.Installed().Where(i => question.Python.Contains(i.Version)).MaxBy(i => i.Version);
        if (interpreter is null)
            return CliError.Fail($"no installed CPython is in the exercise's range {question.Python}", 2);
        RunResult run;
        try
        {
            await using var runner = new PythonRunner(interpreter, new SandboxOptions { Slots = 1 });
            run = await runner.RunAsync(new RunRequest
            {
                Code = await File.ReadAllTextAsync(solutionPath, ct),
                Tests = exercise.Tests.Select(t => new TestInput(t.Name, t.Code.Code)).ToList(),
            }, ct);
        }
        catch (Exception e) when (e is SandboxBusyException or SandboxUnavailableException)
        {
            return CliError.Fail(e.Message, 125);
        }
        var results = ExercismResultsWriter.FromRun(run, HiddenTestGrader.Grade(exercise.Tests, run));
        await File.WriteAllTextAsync(outPath + ".tmp", ExercismResultsWriter.Write(results), ct);
        File.Move(outPath + ".tmp", outPath, overwrite: true);
        Console.WriteLine($"{exerciseId} on Python {interpreter.Version.ToString(2)}: {ExercismResultsWriter.Name(results.Status)}, "
            + $"{results.Tests.Count(t => t.Status == ExercismStatus.Pass)} of {results.Tests.Count} tests passed; written to {outPath}");
        return 0;
    }
}
