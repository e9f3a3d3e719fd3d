using System.Text.Encodings.Web;
using System.Text.Json;
using Viva.Core.Bank;

namespace Viva.Core.Interchange.Moodle;

/// <summary>
/// A CodeRunner python3 question as a Viva exercise. Test cases Viva wrote come back as the hidden tests they
/// were; anyone else's compare printed output, so each becomes a test that runs its code with its standard
/// input, captures what it prints and leaves that text in <c>result</c>, against the expected output as a
/// JSON string (trailing spaces ignored, as CodeRunner's default grader ignores them).
/// </summary>
internal static class CodeRunnerImport
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static (Exercise Exercise, List<string> Lost) Exercise(MoodleQuestion q, string prompt)
    {
        var lost = new List<string>();
        var tests = q.TestCases.Select((c, i) => Test(c, i)).ToList();
        if (q.TestCases.Any(c => c.Stdin.Length > 0 && CodeRunnerConventions.VivaTest(c.TestCode) is null))
            lost.Add("standard input for the answer's top level (it reaches each test's code only)");
        if (q.TestCases.Any(c => c.Display != CodeRunnerConventions.Hidden))
            lost.Add("which test cases students see (Viva hides every test)");
        if (q.TestCases.Select(c => c.Mark).Distinct().Count() > 1)
            lost.Add("per-test marks (Viva counts tests equally)");
        if (q.TestCases.Any(c => c.HideRestIfFail))
            lost.Add("hide-rest-if-fail");
        if (q.TestCases.Any(c => c.UseAsExample))
            lost.Add("example test cases shown with the question");
        if (q.Field("template").Trim().Length > 0)
            lost.Add("its customised template (Viva runs tests its own way)");
        if (q.Files > 0)
            lost.Add($"{q.Files} embedded or support files");
        if (!CodeRunnerConventions.PythonTypes.Contains(q.Field("coderunnertype")))
            lost.Add($"what its type '{q.Field("coderunnertype")}' does (a prototype the file does not hold); its tests run as python3's");
        if (q.Answers.Count == 0 || q.Answers[0].Text.Trim().Length == 0)
            lost.Add(ItemOutcome.FilledIn + "it has no sample answer; the solution is left empty");
        var solution = q.Answers.Count > 0 ? q.Answers[0].Text : "";
        return (new Exercise(new Section(prompt, 0), new CodeBlock(q.Field("answerpreload"), 0), new CodeBlock(solution, 0), tests, [], 0), lost);
    }

    private static HiddenTest Test(CodeRunnerTestCase c, int index)
    {
        if (CodeRunnerConventions.VivaTest(c.TestCode) is var (name, code))
            return new HiddenTest(name, new CodeBlock(code, 0), new CodeBlock(AsWritten(c), 0), 0);
        var stdin = c.Stdin.Length > 0 ? $"_viva_sys.stdin = _viva_io.StringIO({Quote(c.Stdin)})\n" : "";
        var capture = $"""
            import contextlib as _viva_contextlib, io as _viva_io, sys as _viva_sys
            _viva_out = _viva_io.StringIO()
            {stdin}with _viva_contextlib.redirect_stdout(_viva_out):
                exec({Quote(c.TestCode)}, globals())
            result = "\n".join(line.rstrip() for line in _viva_out.getvalue().rstrip().split("\n"))
            """;
        return new HiddenTest($"test {index + 1}", new CodeBlock(capture, 0), new CodeBlock(Quote(Normalize(c.Expected)), 0), 0);
    }

    /// <summary>The expected value as its author wrote it, when the extra field holds the same value; else as printed.</summary>
    private static string AsWritten(CodeRunnerTestCase c)
    {
        try
        {
            return c.Extra.Length > 0 && PythonJson.Dumps(c.Extra) == c.Expected ? c.Extra : c.Expected;
        }
        catch (JsonException)
        {
            return c.Expected;
        }
    }

    private static string Normalize(string expected) => string.Join('\n', expected.TrimEnd().Split('\n').Select(l => l.TrimEnd()));

    /// <summary>A JSON string literal, which is also a valid Python string literal.</summary>
    private static string Quote(string text) => JsonSerializer.Serialize(text, Json);
}
