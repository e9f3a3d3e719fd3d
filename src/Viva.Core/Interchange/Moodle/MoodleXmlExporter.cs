using System.Globalization;
using Viva.Core.Bank;
using static Viva.Core.Interchange.Gift.GiftConventions;
using static Viva.Core.Interchange.Gift.GiftExporter;

namespace Viva.Core.Interchange.Moodle;

/// <summary>
/// Writes questions as Moodle XML, one category per question (<c>$course$/viva/area/topic/id</c>, the same
/// conventions as the GIFT export): the question an essay with the model answer as grader information,
/// follow-ups essays, key points (with their weights, as the bank writes them) and pitfalls descriptions,
/// examples descriptions, choice items multichoice (truefalse for a True/False choice), predict items short
/// answers, the exercise a CodeRunner python3 question whose hidden test cases print the observation as JSON.
/// </summary>
public static class MoodleXmlExporter
{
    public static MoodleXmlExport Export(IEnumerable<Question> questions)
    {
        using var w = new MoodleXmlWriter();
        var outcomes = new List<ItemOutcome>();
        var count = 0;
        w.Comment("Exported by Viva. One category per question; names give each part's role.");
        foreach (var q in questions)
        {
            w.Category(CategoryPath(q));
            var tags = q.Tags.Concat([LevelTag + q.Level.ToString().ToLowerInvariant(), MinutesTag + q.Minutes.ToString(CultureInfo.InvariantCulture)]);
            if (!q.Python.IsAny)
                tags = tags.Append(PythonTag + q.Python.Text);
            Essay(w, q.Title, q.Prompt.Markdown, q.Answer.Markdown, q.Id, tags);
            Description(w, KeyPointsTitle, Bullets(q.KeyPoints.Select(k => $"[{k.Weight}] {k.Text}")), []);
            foreach (var f in q.FollowUps)
                Essay(w, FollowUpPrefix + f.Question, f.Question, f.Answer, null, []);
            Description(w, PitfallsTitle, Bullets(q.Pitfalls.Select(p => p.Text)), []);
            foreach (var e in q.Examples)
                Description(w, ExamplePrefix + e.Title, ExampleText(e), Range(e.Python));
            foreach (var item in q.Quiz)
                QuizItem(w, item);
            if (q.Exercise is { } x)
                CodeRunner(w, q, x);
            count += 3 + q.FollowUps.Count + q.Examples.Count + q.Quiz.Count + (q.Exercise is null ? 0 : 1);
            var lost = Losses(q);
            outcomes.Add(lost.Count == 0 ? new ItemOutcome(q.Id, ItemStatus.Imported, "") : new ItemOutcome(q.Id, ItemStatus.ConvertedWithLoss, string.Join("; ", lost)));
        }
        return new MoodleXmlExport(w.Finish(), count, outcomes);
    }

    private static List<string> Losses(Question q)
    {
        var lost = new List<string>();
        if (q.Examples.Count > 0)
            lost.Add("the examples' verification (Moodle keeps their code and output as text)");
        if (q.Exercise is { WrongSolutions.Count: > 0 } x)
            lost.Add($"the exercise's {x.WrongSolutions.Count} wrong solutions");
        var floats = q.Exercise?.Tests.Count(t => PythonJson.HasFloat(t.Expected.Code)) ?? 0;
        if (floats > 0)
            lost.Add($"the float tolerance of {floats} tests (CodeRunner compares printed text exactly)");
        var multiline = q.Quiz.OfType<PredictItem>().Count(p => p.Output.Code.Contains('\n', StringComparison.Ordinal));
        if (multiline > 0)
            lost.Add($"the answer box of {multiline} predict items that print several lines (a Moodle short answer is typed on one line; the file keeps the output)");
        if (q.Quiz.OfType<ChoiceItem>().Any(c => c.MultipleAnswers))
            lost.Add("all-or-nothing grading of multi items (Moodle gives partial credit by weight)");
        return lost;
    }

    /// <summary>Moodle writes a <c>/</c> inside a category name as <c>//</c>.</summary>
    internal static string CategoryPath(Question q) =>
        CategoryRoot + "/" + string.Join('/', new[] { q.Area, q.Topic, q.Id }.Select(s => s.Replace("/", "//", StringComparison.Ordinal)));

    private static void Essay(MoodleXmlWriter w, string name, string text, string modelAnswer, string? id, IEnumerable<string> tags)
    {
        w.StartQuestion("essay", name, text, "", 1, id);
        w.Element("responseformat", "editor");
        w.Element("responserequired", "1");
        w.Element("responsefieldlines", "15");
        w.Element("attachments", "0");
        w.Element("attachmentsrequired", "0");
        w.Formatted("graderinfo", modelAnswer);
        w.Formatted("responsetemplate", "");
        w.EndQuestion(tags);
    }

    private static void Description(MoodleXmlWriter w, string name, string text, IEnumerable<string> tags)
    {
        w.StartQuestion("description", name, text, "", 0, null);
        w.EndQuestion(tags);
    }

    private static void QuizItem(MoodleXmlWriter w, QuizItem item)
    {
        var name = $"{item.Kind}: {item.Title}";
        switch (item)
        {
            case ChoiceItem { MultipleAnswers: false, Options: [{ Text: "True" } t, { Text: "False" } f] } c:
                w.StartQuestion("truefalse", name, Join(c.Title, c.Stem), "", 1, null);
                w.Answer(t.Correct ? 100 : 0, "true", t.Explanation, "moodle_auto_format");
                w.Answer(f.Correct ? 100 : 0, "false", f.Explanation, "moodle_auto_format");
                w.EndQuestion(Range(c.Python));
                break;
            case ChoiceItem c:
            {
                w.StartQuestion("multichoice", name, Join(c.Title, c.Stem), "", 1, null);
                w.Element("single", c.MultipleAnswers ? "false" : "true");
                w.Element("shuffleanswers", "true");
                w.Element("answernumbering", "abc");
                var right = c.Options.Count(o => o.Correct);
                var wrong = Math.Max(c.Options.Count - right, 1);
                foreach (var o in c.Options)
                    w.Answer(o.Correct ? 100m / (c.MultipleAnswers ? right : 1) : c.MultipleAnswers ? -100m / wrong : 0, o.Text, o.Explanation);
                w.EndQuestion(Range(c.Python));
                break;
            }
            case PredictItem p:
                w.StartQuestion("shortanswer", name, Join(p.Prose, Fence("python", p.Code.Code)), p.Explanation, 1, null);
                w.Element("usecase", "1");
                w.Answer(100, p.Output.Code, "", "moodle_auto_format");
                w.EndQuestion(Range(p.Python));
                break;
        }
    }

    private static void CodeRunner(MoodleXmlWriter w, Question q, Exercise x)
    {
        w.StartQuestion("coderunner", ExerciseTitle + ": " + q.Title, x.Prompt.Markdown, "", 1, null);
        w.Element("coderunnertype", CodeRunnerConventions.PythonType);
        w.Element("prototypetype", "0");
        w.Element("allornothing", "1");
        w.Element("penaltyregime", "0");
        w.Element("precheck", "0");
        w.Element("showsource", "0");
        w.Element("answerboxlines", "18");
        w.Element("answerpreload", x.Starter.Code);
        w.Element("answer", x.Solution.Code);
        w.Element("validateonsave", "1");
        w.Element("displayfeedback", "1");
        w.Start("testcases");
        foreach (var t in x.Tests)
        {
            w.Start("testcase", ("testtype", "0"), ("useasexample", "0"), ("hiderestiffail", "0"), ("mark", "1.0000000"));
            w.Wrapped("testcode", CodeRunnerConventions.TestCode(t.Name, t.Code.Code));
            w.Wrapped("stdin", "");
            w.Wrapped("expected", PythonJson.Dumps(t.Expected.Code));
            // CodeRunner's python3 type ignores "extra"; it keeps the value as the author wrote it for the way back.
            w.Wrapped("extra", t.Expected.Code);
            w.Wrapped("display", CodeRunnerConventions.Hidden);
            w.End();
        }
        w.End();
        w.EndQuestion(Range(q.Python));
    }
}
