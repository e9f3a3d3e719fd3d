using System.Globalization;
using System.Text;
using Viva.Core.Bank;
using static Viva.Core.Interchange.Gift.GiftConventions;

namespace Viva.Core.Interchange.Gift;

/// <summary>
/// Writes questions as GIFT. The question and its model answer become an essay (the answer as general
/// feedback), follow-ups essays, key points and pitfalls descriptions, examples descriptions with their
/// code and output, choice items multiple choice, multi items weighted multiple answers, predict items
/// short answers, the exercise an essay with the solution as feedback. What GIFT cannot hold is reported.
/// </summary>
public static class GiftExporter
{
    public static GiftExport Export(IEnumerable<Question> questions)
    {
        var w = new StringBuilder();
        var outcomes = new List<ItemOutcome>();
        var count = 0;
        w.Append("// Exported by Viva. One category per question; titles name each part's role.\n");
        foreach (var q in questions)
        {
            w.Append('\n').Append("$CATEGORY: ").Append(CategoryRoot).Append('/').Append(q.Area).Append('/').Append(q.Topic).Append('/').Append(q.Id).Append('\n');
            var tags = q.Tags.Concat([LevelTag + q.Level.ToString().ToLowerInvariant(), MinutesTag + q.Minutes.ToString(CultureInfo.InvariantCulture)]);
            if (!q.Python.IsAny)
                tags = tags.Append(PythonTag + q.Python.Text);
            Item(w, q.Id, tags, q.Title, q.Prompt.Markdown, "{####" + GiftWriter.Escape(q.Answer.Markdown) + "}");
            Item(w, null, [], KeyPointsTitle, Bullets(q.KeyPoints.Select(k => k.Text)), "");
            foreach (var f in q.FollowUps)
                Item(w, null, [], FollowUpPrefix + f.Question, f.Question, "{####" + GiftWriter.Escape(f.Answer) + "}");
            Item(w, null, [], PitfallsTitle, Bullets(q.Pitfalls.Select(p => p.Text)), "");
            foreach (var e in q.Examples)
                Item(w, null, Range(e.Python), ExamplePrefix + e.Title, ExampleText(e), "");
            foreach (var item in q.Quiz)
                QuizItem(w, item);
            count += 3 + q.FollowUps.Count + q.Examples.Count + q.Quiz.Count;

            var lost = new List<string>();
            if (q.KeyPoints.Count > 0)
                lost.Add("key-point weights");
            if (q.Examples.Count > 0)
                lost.Add("the examples' verification (GIFT keeps their code and output as text)");
            if (q.Exercise is { } x)
            {
                Item(w, null, [], ExerciseTitle, Join(x.Prompt.Markdown, Fence("python", x.Starter.Code)), "{####" + GiftWriter.Escape(Fence("python", x.Solution.Code)) + "}");
                count++;
                lost.Add($"the exercise's {x.Tests.Count} hidden tests and {x.WrongSolutions.Count} wrong solutions (prompt, starter and solution kept)");
            }
            if (q.Quiz.OfType<ChoiceItem>().Any(c => c.MultipleAnswers))
                lost.Add("all-or-nothing grading of multi items (Moodle gives partial credit by weight)");
            outcomes.Add(lost.Count == 0
                ? new ItemOutcome(q.Id, ItemStatus.Imported, "")
                : new ItemOutcome(q.Id, ItemStatus.ConvertedWithLoss, string.Join("; ", lost)));
        }
        return new GiftExport(w.ToString(), count, outcomes);
    }

    private static void QuizItem(StringBuilder w, QuizItem item)
    {
        var title = $"{item.Kind}: {item.Title}";
        switch (item)
        {
            case ChoiceItem c:
            {
                var answers = new StringBuilder("{");
                var right = c.Options.Count(o => o.Correct);
                var wrong = c.Options.Count - right;
                foreach (var o in c.Options)
                {
                    answers.Append('\n');
                    if (!c.MultipleAnswers)
                        answers.Append(o.Correct ? '=' : '~');
                    else
                        answers.Append('~').Append('%').Append(GiftWriter.Weight(o.Correct ? 100m / right : -100m / Math.Max(wrong, 1))).Append('%');
                    answers.Append(GiftWriter.Escape(o.Text));
                    if (o.Explanation.Length > 0)
                        answers.Append(" #").Append(GiftWriter.Escape(o.Explanation));
                }
                answers.Append("\n}");
                Item(w, null, Range(c.Python), title, c.Stem.Length > 0 ? c.Stem : c.Title, answers.ToString());
                break;
            }
            case PredictItem p:
                Item(w, null, Range(p.Python), title, Join(p.Prose, Fence("python", p.Code.Code)),
                    "{=" + GiftWriter.Escape(p.Output.Code) + "####" + GiftWriter.Escape(p.Explanation) + "}");
                break;
        }
    }

    private static void Item(StringBuilder w, string? id, IEnumerable<string> tags, string title, string text, string answers)
    {
        w.Append('\n').Append(GiftWriter.MetaComment(id, tags));
        w.Append("::").Append(GiftWriter.Escape(title)).Append("::[markdown]").Append(GiftWriter.Escape(text));
        if (answers.Length > 0)
            w.Append(answers);
        w.Append('\n');
    }

    internal static IEnumerable<string> Range(PythonRange range) => range.IsAny ? [] : [PythonTag + range.Text];

    /// <summary>An example as Markdown: its prose, its code and its output in fences.</summary>
    internal static string ExampleText(CodeExample e) => Join(e.Prose, Fence("python", e.Code.Code), Fence("output", e.Output.Code));

    internal static string Bullets(IEnumerable<string> items) => string.Join('\n', items.Select(Bullet));

    private static string Bullet(string text) =>
        "- " + string.Join('\n', text.Split('\n').Select((l, i) => i == 0 || l.Length == 0 ? l : "  " + l));

    internal static string Fence(string info, string code)
    {
        var longest = code.Split('\n').Select(MarkdownBlock.FenceLength).DefaultIfEmpty(0).Max();
        var ticks = new string('`', Math.Max(3, longest + 1));
        return $"{ticks}{info}\n{(code.Length > 0 ? code + "\n" : "")}{ticks}";
    }

    internal static string Join(params string[] parts) => string.Join("\n\n", parts.Where(p => p.Length > 0));
}
