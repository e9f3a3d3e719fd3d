using Viva.Core.Bank;
using Viva.Sandbox;

namespace Viva.Core.Grading;

/// <summary>
/// Decides each hidden test on the host: the sandbox only reports what the test observed; the expected
/// value never leaves this process. A test that reported nothing (the run died) fails.
/// </summary>
public static class HiddenTestGrader
{
    public static IReadOnlyList<TestVerdict> Grade(IReadOnlyList<HiddenTest> tests, RunResult run)
    {
        var reported = new Dictionary<string, TestOutput>();
        foreach (var output in run.Tests)
            reported.TryAdd(output.Name, output);
        return tests.Select(test =>
        {
            if (!reported.TryGetValue(test.Name, out var output))
                return new TestVerdict(test, false, run.Status switch
                {
                    RunStatus.Timeout => "timed out",
                    RunStatus.Memory => "ran out of memory",
                    RunStatus.OutputLimit => "printed too much output",
                    _ => "did not run (the program stopped first)",
                });
            if (output.Error is { } error)
                return new TestVerdict(test, false, error);
            var difference = JsonMatch.Difference(test.Expected.Code, output.Json ?? "null");
            return new TestVerdict(test, difference is null, difference ?? "passed");
        }).ToList();
    }
}
