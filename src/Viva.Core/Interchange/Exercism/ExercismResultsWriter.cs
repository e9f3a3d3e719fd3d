using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Viva.Core.Grading;
using Viva.Sandbox;

namespace Viva.Core.Interchange.Exercism;

/// <summary>
/// Turns a sandbox run of an exercise's hidden tests into results.json (version 3) and writes it. The
/// tests' source never leaves: <c>test_code</c> is not written, and each message is the host's verdict.
/// </summary>
public static class ExercismResultsWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The results of one run, its tests in the order of <paramref name="verdicts"/> (the file's order).</summary>
    public static ExercismResults FromRun(RunResult run, IReadOnlyList<TestVerdict> verdicts)
    {
        var reported = new Dictionary<string, TestOutput>();
        foreach (var t in run.Tests)
            reported.TryAdd(t.Name, t);
        // The program runs once and the tests after it in its globals, so its printed output belongs
        // to every test alike.
        var output = Clip(run.Stdout);
        var tests = verdicts.Select(v => new ExercismTest(
            v.Test.Name,
            v.Passed ? ExercismStatus.Pass : reported.TryGetValue(v.Test.Name, out var o) && o.Error is null ? ExercismStatus.Fail : ExercismStatus.Error,
            v.Passed ? null : v.Message,
            output,
            TestCode: null,
            TaskId: null)).ToList();

        var programFailure = run.Tests.Select(t => t.Error).FirstOrDefault(e => e?.StartsWith(TestOutput.ProgramFailedPrefix, StringComparison.Ordinal) == true);
        if (tests.Count > 0 && tests.All(t => t.Status == ExercismStatus.Error))
            return new ExercismResults(ExercismResults.CurrentVersion, ExercismStatus.Error, programFailure?[TestOutput.ProgramFailedPrefix.Length..] ?? tests[0].Message, tests);
        var status = tests.All(t => t.Status == ExercismStatus.Pass) ? ExercismStatus.Pass : ExercismStatus.Fail;
        return new ExercismResults(ExercismResults.CurrentVersion, status, null, tests);
    }

    /// <summary>The results as indented JSON, fields in the order the interface lists them.</summary>
    public static string Write(ExercismResults results)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", results.Version);
            json.WriteString("status", Name(results.Status));
            json.WriteString("message", results.Message);
            json.WriteStartArray("tests");
            foreach (var t in results.Tests)
            {
                json.WriteStartObject();
                json.WriteString("name", t.Name);
                json.WriteString("status", Name(t.Status));
                if (t.Message is not null)
                    json.WriteString("message", t.Message);
                if (t.Output is not null)
                    json.WriteString("output", t.Output);
                if (t.TestCode is not null)
                    json.WriteString("test_code", t.TestCode);
                if (t.TaskId is { } task)
                    json.WriteNumber("task_id", task);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static string Name(ExercismStatus status) => status switch
    {
        ExercismStatus.Pass => "pass",
        ExercismStatus.Fail => "fail",
        _ => "error",
    };

    private static string? Clip(string stdout)
    {
        if (stdout.Length == 0)
            return null;
        if (stdout.Length <= ExercismResults.OutputLimit)
            return stdout;
        var keep = ExercismResults.OutputLimit - ExercismResults.TruncatedNote.Length - 1;
        if (char.IsHighSurrogate(stdout[keep - 1]))
            keep--;
        return stdout[..keep] + "\n" + ExercismResults.TruncatedNote;
    }
}
