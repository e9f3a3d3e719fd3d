using System.Diagnostics;
using System.Text.Json;
using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Core.Interchange;
using Viva.Core.Interchange.Moodle;
using Viva.Core.Tests.Bank;
using Viva.Sandbox;

namespace Viva.Core.Tests.Interchange.Moodle;

/// <summary>A Moodle XML file Viva did not write (tests/fixtures/moodle/foreign.xml, one question of each kind, from the documented format).</summary>
public sealed class MoodleXmlImporterTests
{
    private static readonly string[] SqrLosses = ["standard input", "students see", "marks", "hide-rest-if-fail", "example"];
    private static readonly string Foreign = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "moodle", "foreign.xml");

    private static Viva.Core.Interchange.Gift.GiftImport Import()
    {
        var parsed = MoodleXmlParser.Parse("foreign.xml", File.ReadAllBytes(Foreign));
        Assert.Null(parsed.Error);
        return MoodleXmlImporter.Import(parsed.Questions!, "foreign.xml");
    }

    [Fact]
    public void Every_question_is_imported_or_reported_with_its_reason()
    {
        var outcomes = Import().Outcomes.Where(o => o.Line > 0).ToDictionary(o => o.Item[(o.Item.IndexOf(": ", StringComparison.Ordinal) + 2)..o.Item.IndexOf(" (line", StringComparison.Ordinal)]);

        Assert.Equal(ItemStatus.Imported, outcomes["Lists and tuples"].Status);
        Assert.Contains("1 embedded files", outcomes["Mutable"].Detail, StringComparison.Ordinal);
        Assert.Equal(ItemStatus.ConvertedWithLoss, outcomes["Append"].Status);
        Assert.Equal(ItemStatus.Imported, outcomes["Output"].Status);
        Assert.Contains("numerical", outcomes["Length"].Detail, StringComparison.Ordinal);
        Assert.Contains("matching", outcomes["Pairs"].Detail, StringComparison.Ordinal);
        Assert.Contains("the answer's place in the sentence", outcomes["Gaps"].Detail, StringComparison.Ordinal);
        Assert.Contains("one gap", outcomes["Two gaps"].Detail, StringComparison.Ordinal);
        Assert.Equal(ItemStatus.Skipped, outcomes["Note"].Status);
        Assert.Contains("c_program", outcomes["C hello"].Detail, StringComparison.Ordinal);
        Assert.Contains("'ddwtos'", outcomes["Drag"].Detail, StringComparison.Ordinal);
        var sqr = outcomes["sqr function"];
        Assert.Equal(ItemStatus.ConvertedWithLoss, sqr.Status);
        Assert.All(SqrLosses, lost => Assert.Contains(lost, sqr.Detail, StringComparison.Ordinal));
        Assert.Contains("runs a submission once, without input", outcomes["Greeting program"].Detail, StringComparison.Ordinal);
        Assert.Equal(13, outcomes.Count);
    }

    [Fact]
    public void Categories_with_module_system_and_top_prefixes_and_escaped_slashes_name_area_topic_and_id()
    {
        var questions = Import().Questions;

        Assert.Equal(["python-basics/lists/lists", "functions/sqr/sqr"], questions.Select(q => $"{q.Area}/{q.Topic}/{q.Id}"));
        var lists = questions[0];
        Assert.Equal("When would you use a `tuple` rather than a **list**?\n\nExplain.", lists.Prompt.Markdown);
        Assert.Equal("A tuple is immutable & hashable.", lists.Answer.Markdown);
        var choice = Assert.IsType<ChoiceItem>(lists.Quiz[0]);
        Assert.Equal(["list", "tuple", "str"], choice.Options.Select(o => o.Text));
        var trueFalse = Assert.IsType<ChoiceItem>(lists.Quiz[1]);
        Assert.Equal([false, true], trueFalse.Options.Select(o => o.Correct));
        Assert.Equal("[1, 2, 1, 2]", Assert.IsType<PredictItem>(lists.Quiz[2]).Output.Code);
        var cloze = Assert.IsType<ChoiceItem>(lists.Quiz[3]);
        Assert.Equal("A list is _____ , unlike a tuple.", cloze.Title);
        Assert.Equal(["mutable", "immutable"], cloze.Options.Select(o => o.Text));
        Assert.Equal("That is a tuple. } not a gap", cloze.Options[1].Explanation);
    }

    [Fact]
    public void Coderunner_test_cases_become_hidden_tests_that_pass_the_answer_and_catch_a_wrong_one()
    {
        var exercise = Import().Questions.Single(q => q.Id == "sqr").Exercise!;
        Assert.Equal(3, exercise.Tests.Count);

        Assert.All(Grade(exercise.Solution.Code, exercise.Tests), v => Assert.True(v.Passed, $"{v.Test.Name}: {v.Message}"));
        var wrong = exercise.Solution.Code.Replace("n * n", "n + n", StringComparison.Ordinal).Replace("\"hi\"", "\"hello\"", StringComparison.Ordinal);
        Assert.Equal([false, false, false], Grade(wrong, exercise.Tests).Select(v => v.Passed));
    }

    [Fact]
    public void A_file_on_one_line_still_reports_each_question_once()
    {
        const string xml = """<quiz><question type="category"><category><text>$course$/a/b</text></category></question><question type="essay"><name><text>E</text></name><questiontext format="html"><text><![CDATA[<table><tr><td>Why?</td></tr></table>]]></text></questiontext><graderinfo format="markdown"><text>Because.</text></graderinfo></question><question type="multichoice"><name><text>M</text></name><questiontext format="markdown"><text>Pick?</text></questiontext><single>true</single><answer fraction="100" format="markdown"><text>x</text><feedback format="markdown"><text>Yes.</text></feedback></answer><answer fraction="0" format="markdown"><text>y</text><feedback format="markdown"><text>No.</text></feedback></answer></question><question type="description"><name><text>D</text></name><questiontext format="markdown"><text>Note.</text></questiontext></question></quiz>""";

        var import = MoodleXmlImporter.Import(MoodleXmlParser.Parse("one.xml", System.Text.Encoding.UTF8.GetBytes(xml)).Questions!, "one.xml");

        Assert.Equal(["b: E (line 1)", "b: M (line 1)", "b: D (line 1)"], import.Outcomes.Where(o => o.Line > 0).Select(o => o.Item));
        Assert.Equal([ItemStatus.ConvertedWithLoss, ItemStatus.ConvertedWithLoss, ItemStatus.Skipped], import.Outcomes.Where(o => o.Line > 0).Select(o => o.Status));
        // The HTML lost from the essay is the essay's alone, though every question is on line 1.
        Assert.Contains("HTML formatting", import.Outcomes[0].Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("HTML", import.Outcomes[1].Detail, StringComparison.Ordinal);
    }

    private static Viva.Core.Interchange.Gift.GiftImport ImportXml(string questions) =>
        MoodleXmlImporter.Import(MoodleXmlParser.Parse("t.xml", System.Text.Encoding.UTF8.GetBytes($"<quiz>{questions}</quiz>")).Questions!, "t.xml");

    private static string CodeRunner(string name, string type, string extra, string answer, string tests) =>
        $"""<question type="coderunner"><name><text>{name}</text></name><questiontext format="markdown"><text>Write it.</text></questiontext><coderunnertype>{type}</coderunnertype><prototypetype>0</prototypetype>{extra}<answer>{answer}</answer><testcases>{tests}</testcases></question>""";

    private const string TestCase = """<testcase testtype="0" useasexample="0" hiderestiffail="0" mark="1.0"><testcode><text>print(double(2))</text></testcode><stdin><text></text></stdin><expected><text>4</text></expected><display><text>HIDE</text></display></testcase>""";

    [Fact]
    public void Coderunner_questions_viva_cannot_run_are_skipped_with_the_reason_and_the_categorys_other_questions_still_arrive()
    {
        // Shapes met in public exports: a type with no test cases (a test table, a sandbox), tests that are Twig templates,
        // and a site's own python3_ type without a sample answer.
        var import = ImportXml($"""
            <question type="category"><category><text>$course$/py/funcs</text></category></question>
            <question type="essay"><name><text>Why</text></name><questiontext format="markdown"><text>Why functions?</text></questiontext><graderinfo format="markdown"><text>Reuse.</text></graderinfo></question>
            {CodeRunner("No tests", "python3_test_table", "", "{\"cells\": []}", "")}
            {CodeRunner("Templated", "python3", "<twigall>1</twigall>", "def double(x): return 2 * x", TestCase.Replace("double(2)", "double({{ n }})", StringComparison.Ordinal))}
            {CodeRunner("Site type", "python3_cosc121", "", "", TestCase)}
            """);

        var outcomes = import.Outcomes.Where(o => o.Line > 0).ToDictionary(o => o.Item[..o.Item.IndexOf(" (line", StringComparison.Ordinal)]);
        Assert.Contains("no test cases", outcomes["funcs: No tests"].Detail, StringComparison.Ordinal);
        Assert.Equal(ItemStatus.Skipped, outcomes["funcs: No tests"].Status);
        Assert.Contains("Twig templates", outcomes["funcs: Templated"].Detail, StringComparison.Ordinal);
        Assert.Equal(ItemStatus.Skipped, outcomes["funcs: Templated"].Status);
        var site = outcomes["funcs: Site type"];
        Assert.Equal(ItemStatus.ConvertedWithLoss, site.Status);
        Assert.Contains("what its type 'python3_cosc121' does", site.Detail, StringComparison.Ordinal);
        Assert.EndsWith("and it has no sample answer; the solution is left empty", site.Detail, StringComparison.Ordinal);
        var question = import.Questions.Single();
        Assert.Equal(("Why functions?", "Reuse."), (question.Prompt.Markdown, question.Answer.Markdown));
        Assert.Single(question.Exercise!.Tests);
        Assert.Empty(QuestionParser.Parse("funcs.md", System.Text.Encoding.UTF8.GetBytes(QuestionWriter.Write(question))).Problems);
    }

    [Fact]
    public void A_cloze_gap_with_one_choice_is_skipped_rather_than_written_as_a_broken_item()
    {
        var outcome = ImportXml("""<question type="cloze"><name><text>One</text></name><questiontext format="html"><text>Pick {1:MULTICHOICE:=only#right}</text></questiontext></question>""").Outcomes.Single();

        Assert.Equal(ItemStatus.Skipped, outcome.Status);
        Assert.Contains("this one has 1", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_in_a_pre_block_keeps_its_line_breaks_comparisons_and_entities()
    {
        // Moodle's editor writes a <br> where the author pressed Enter inside <pre>.
        const string html = "<p>Read it:</p><pre># first line<br>if a&lt;b and b&gt;c:<br>    s = \"&amp;lt;\"<br/><br>print(s)</pre>";

        var question = ImportXml($"""<question type="essay"><name><text>E</text></name><questiontext format="html"><text><![CDATA[{html}]]></text></questiontext></question>""").Questions.Single();

        Assert.Equal("Read it:\n\n```\n# first line\nif a<b and b>c:\n    s = \"&lt;\"\n\nprint(s)\n```", question.Prompt.Markdown);
    }

    [Fact]
    public void A_true_false_choice_goes_out_as_truefalse_and_comes_back_equal()
    {
        var sample = QuestionFixture.Sample;
        var item = new ChoiceItem("`[] is []` holds.", PythonRange.Any, false, "", [
            new ChoiceOption(ChoiceOption.IdFor(sample.Id, "`[] is []` holds.", "True"), "True", false, "Two new lists are two objects.", 0),
            new ChoiceOption(ChoiceOption.IdFor(sample.Id, "`[] is []` holds.", "False"), "False", true, "Each display builds a new list.", 0),
        ], 0);
        var question = sample with { Quiz = [item] };

        var xml = MoodleXmlExporter.Export([question]).Xml;
        Assert.Contains("<question type=\"truefalse\">", xml, StringComparison.Ordinal);
        var back = MoodleXmlImporter.Import(MoodleXmlParser.Parse("tf.xml", System.Text.Encoding.UTF8.GetBytes(xml)).Questions!, "tf.xml").Questions.Single();

        Assert.Equal(QuestionWriter.Write(question with { Exercise = question.Exercise! with { WrongSolutions = [] } }), QuestionWriter.Write(back));
    }

    /// <summary>Runs the tests as Viva's harness does (the program once, each test in a copy of its globals) on CPython, and grades on the host.</summary>
    private static IReadOnlyList<TestVerdict> Grade(string program, IReadOnlyList<HiddenTest> tests)
    {
        const string harness = """
            import json, sys
            job = json.load(sys.stdin)
            ns = {"__name__": "__main__"}
            exec(compile(job["program"], "main.py", "exec"), ns)
            for test in job["tests"]:
                scope = dict(ns)
                try:
                    exec(compile(test, "test.py", "exec"), scope)
                    print(json.dumps({"json": json.dumps(scope["result"])}))
                except Exception as e:
                    print(json.dumps({"error": repr(e)}))
            """;
        var python = PythonInterpreter.Find() ?? throw new InvalidOperationException("python3 is not installed");
        using var process = Process.Start(new ProcessStartInfo(python.Path, ["-I", "-c", harness]) { RedirectStandardInput = true, RedirectStandardOutput = true })!;
        process.StandardInput.Write(JsonSerializer.Serialize(new { program, tests = tests.Select(t => t.Code.Code) }));
        process.StandardInput.Close();
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        process.WaitForExit();
        var outputs = tests.Zip(lines, (t, line) =>
        {
            using var reported = JsonDocument.Parse(line);
            var root = reported.RootElement;
            return new TestOutput(t.Name, root.TryGetProperty("json", out var j) ? j.GetString() : null, root.TryGetProperty("error", out var e) ? e.GetString() : null);
        }).ToList();
        return HiddenTestGrader.Grade(tests, new RunResult(RunStatus.Ok, 0, "", "", 0, 0, 0, 0, outputs));
    }
}
