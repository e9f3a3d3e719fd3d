using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using Viva.Core.Bank;
using Viva.Core.Interchange.Moodle;
using Viva.Core.Tests.Bank;
using Viva.Sandbox;
using Xunit.Abstractions;

namespace Viva.Core.Tests.Interchange.Moodle;

/// <summary>The bank written as Moodle XML, checked against the rules Moodle's XML importer documents and run as CodeRunner would run it.</summary>
public sealed class MoodleXmlExporterTests(ITestOutputHelper output)
{
    private static readonly string[] Types = ["category", "essay", "description", "multichoice", "truefalse", "shortanswer", "coderunner"];
    private static readonly string[] Booleans = ["true", "false"];
    private static readonly string[] Flags = ["0", "1"];
    private static readonly string[] TestCaseFields = ["testcode", "stdin", "expected", "display"];

    private static readonly Lazy<(QuestionBank Bank, XDocument Xml)> Exported = new(() =>
    {
        var bank = QuestionBank.Load([RepositoryPaths.BundledBank]);
        return (bank, XDocument.Parse(MoodleXmlExporter.Export(bank.Questions).Xml));
    });

    private static string Text(XElement parent, string child) => parent.Element(child)?.Element("text")?.Value ?? throw new Xunit.Sdk.XunitException($"no {child}/text in {parent.Element("name")?.Value}");

    [Fact]
    public void Every_question_has_what_moodles_importer_requires()
    {
        var (bank, xml) = Exported.Value;
        Assert.Equal("quiz", xml.Root!.Name.LocalName);
        var questions = xml.Root.Elements().ToList();
        Assert.All(questions, q => Assert.Equal("question", q.Name.LocalName));
        Assert.All(questions, q => Assert.Contains((string?)q.Attribute("type"), Types));
        foreach (var q in questions.Where(q => (string?)q.Attribute("type") != "category"))
        {
            var name = Text(q, "name");
            Assert.False(string.IsNullOrWhiteSpace(name));
            Assert.True(name.Length <= 255, $"name longer than Moodle's 255 characters: {name}");
            Assert.NotNull(q.Element("questiontext")?.Attribute("format"));
            Assert.False(string.IsNullOrWhiteSpace(Text(q, "questiontext")), name);
            Assert.True(decimal.TryParse(q.Element("defaultgrade")?.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out _), name);
            switch ((string)q.Attribute("type")!)
            {
                case "multichoice":
                    Assert.Contains(q.Element("single")?.Value, Booleans);
                    var fractions = q.Elements("answer").Select(a => decimal.Parse((string)a.Attribute("fraction")!, CultureInfo.InvariantCulture)).ToList();
                    Assert.True(fractions.Count >= 2, name);
                    Assert.InRange(fractions.Where(f => f > 0).Sum(), 99.999m, 100.001m);
                    break;
                case "truefalse":
                    Assert.Equal(["true", "false"], q.Elements("answer").Select(a => a.Element("text")!.Value));
                    Assert.Equal(1, q.Elements("answer").Count(a => (string?)a.Attribute("fraction") == "100"));
                    break;
                case "shortanswer":
                    Assert.Contains(q.Elements("answer"), a => (string?)a.Attribute("fraction") == "100");
                    break;
                case "essay":
                    Assert.NotNull(q.Element("graderinfo")?.Attribute("format"));
                    break;
                case "coderunner":
                    Assert.Equal("python3", q.Element("coderunnertype")?.Value);
                    Assert.False(string.IsNullOrWhiteSpace(q.Element("answer")?.Value), name);
                    var cases = q.Element("testcases")!.Elements("testcase").ToList();
                    Assert.NotEmpty(cases);
                    Assert.All(cases, c =>
                    {
                        Assert.All(TestCaseFields, f => Assert.NotNull(c.Element(f)?.Element("text")));
                        Assert.Equal("HIDE", Text(c, "display"));
                        Assert.True(decimal.TryParse((string?)c.Attribute("mark"), NumberStyles.Number, CultureInfo.InvariantCulture, out _));
                        Assert.Contains((string?)c.Attribute("hiderestiffail"), Flags);
                    });
                    break;
            }
        }
        var categories = questions.Where(q => (string?)q.Attribute("type") == "category").Select(q => Text(q, "category")).ToList();
        Assert.Equal(bank.Questions.Count, categories.Count);
        Assert.All(categories, c => Assert.StartsWith("$course$/viva/", c, StringComparison.Ordinal));
        output.WriteLine($"{questions.Count - categories.Count} questions in {categories.Count} categories: "
            + string.Join(", ", questions.GroupBy(q => (string)q.Attribute("type")!).Select(g => $"{g.Count()} {g.Key}")));
    }

    [Fact]
    public void Texts_read_back_exactly_even_with_cdata_ends_and_slashes_in_category_names()
    {
        var q = Exported.Value.Bank.Questions[0] with { Area = "a/b", Prompt = new Section("Why does `x[y[0]]>1` hold? <b>not html</b> & ]]> twice ]]>", 1) };
        var xml = XDocument.Parse(MoodleXmlExporter.Export([q]).Xml);
        var essay = xml.Root!.Elements().First(e => (string?)e.Attribute("type") == "essay");
        Assert.Equal(q.Prompt.Markdown, Text(essay, "questiontext"));
        Assert.Equal(q.Answer.Markdown, Text(essay, "graderinfo"));
        Assert.Equal($"$course$/viva/a//b/{q.Topic}/{q.Id}", Text(xml.Root.Elements().First(), "category"));
    }

    [Fact]
    public void Every_exported_coderunner_question_passes_its_own_test_cases_on_cpython()
    {
        var python = PythonInterpreter.Find() ?? throw new InvalidOperationException("python3 is not installed");
        var (_, xml) = Exported.Value;
        var failures = new List<string>();
        var count = 0;
        foreach (var q in xml.Root!.Elements().Where(e => (string?)e.Attribute("type") == "coderunner"))
        {
            var cases = q.Element("testcases")!.Elements("testcase").ToList();
            // As CodeRunner's python3 combinator runs them: the answer, then each test, output split by a separator line.
            const string separator = "#<viva-test-separator>#";
            var script = q.Element("answer")!.Value + "\n" + string.Join("\n", cases.Select(c => $"print(\"{separator}\")\n{Text(c, "testcode")}"));
            var outputs = Run(python.Path, script).Split(separator + "\n")[1..];
            for (var i = 0; i < cases.Count; i++)
            {
                count++;
                var got = i < outputs.Length ? outputs[i].TrimEnd() : "(no output)";
                if (got != Text(cases[i], "expected"))
                    failures.Add($"{Text(q, "name")} / {Text(cases[i], "testcode").Split('\n')[0]}: expected {Text(cases[i], "expected")}, got {got}");
            }
        }
        output.WriteLine($"{count} test cases run; {failures.Count} failed");
        Assert.Empty(failures);
    }

    private static string Run(string python, string script)
    {
        var dir = Directory.CreateTempSubdirectory("viva-coderunner-");
        try
        {
            var file = Path.Combine(dir.FullName, "prog.py");
            File.WriteAllText(file, script);
            var start = new ProcessStartInfo(python, ["-I", file]) { WorkingDirectory = dir.FullName, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return stdout + stderr.Result;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
