using Viva.Core.Bank;
using Viva.Core.Interchange.Gift;
using static Viva.Core.Interchange.Gift.GiftConventions;
using static Viva.Core.Interchange.Gift.MoodleTextFormat;

namespace Viva.Core.Interchange.Moodle;

/// <summary>
/// Maps Moodle XML questions onto bank questions, one per category, through the same model and rules as
/// GIFT (<see cref="GiftImporter"/>): multichoice, truefalse, shortanswer, essay and description as GIFT's
/// kinds, numerical and matching reported as GIFT reports them; CodeRunner python3 questions become the
/// category's exercise (<see cref="CodeRunnerImport"/>); cloze and other types are skipped with the reason.
/// HTML texts are reduced to Markdown, and what that drops is reported.
/// </summary>
public static class MoodleXmlImporter
{
    private const string Format = "Moodle XML";

    public static GiftImport Import(IReadOnlyList<MoodleQuestion> questions, string sourceName)
    {
        var outcomes = new List<ItemOutcome>();
        var gift = new List<GiftQuestion>();
        var extraLoss = new Dictionary<int, List<string>>();
        var exercises = new Dictionary<(string Area, string Id), Exercise>();
        var standIns = new HashSet<int>();
        // GIFT questions are keyed by their index in the file, not by line: a file written on one line has one line for all.
        var lines = new Dictionary<int, int>();
        foreach (var (q, key) in questions.Select((q, i) => (q, i + 1)))
        {
            lines[key] = q.Line;
            var (area, _, id) = ImportPlace.FromCategory(q.Category, sourceName);
            var name = $"{id}: {q.Name} (line {q.Line})";
            var lost = new List<string>();
            var text = ToMarkdown(q.Text, q.Format, lost);
            if (q.Files > 0 && q.Type != "coderunner")
                lost.Add($"{q.Files} embedded files");
            GiftQuestion Gift(GiftKind kind, IReadOnlyList<GiftAnswer> answers, string feedback) =>
                new(kind, q.Name, "markdown", text, "", answers, feedback, q.Category, key) { IdNumber = q.IdNumber, Tags = q.Tags };
            var feedback = ToMarkdown(q.GeneralFeedback, q.Fields.GetValueOrDefault("generalfeedback@format", "html"), lost);
            switch (q.Type)
            {
                case "multichoice":
                    var single = q.Field("single") is "true" or "1";
                    gift.Add(Gift(single ? GiftKind.MultipleChoice : GiftKind.MultipleAnswers, Answers(q, lost), feedback));
                    break;
                case "truefalse":
                    var right = q.Answers.FirstOrDefault(a => a.Fraction >= 100);
                    var wrong = q.Answers.FirstOrDefault(a => a != right);
                    if (right is null || right.Text.Trim().ToLowerInvariant() is not ("true" or "false"))
                    {
                        outcomes.Add(new ItemOutcome(name, ItemStatus.Skipped, "a true/false question without a right 'true' or 'false' answer", q.Line));
                        continue;
                    }
                    gift.Add(Gift(GiftKind.TrueFalse, [], feedback) with
                    {
                        TrueFalseAnswer = right.Text.Trim().Equals("true", StringComparison.OrdinalIgnoreCase),
                        TrueFalseRightFeedback = ToMarkdown(right.Feedback, right.FeedbackFormat, lost),
                        TrueFalseWrongFeedback = wrong is null ? "" : ToMarkdown(wrong.Feedback, wrong.FeedbackFormat, lost),
                    });
                    break;
                case "shortanswer" or "numerical" or "matching":
                    gift.Add(Gift(q.Type switch { "shortanswer" => GiftKind.ShortAnswer, "numerical" => GiftKind.Numerical, _ => GiftKind.Matching }, Answers(q, lost), feedback));
                    break;
                case "essay":
                    var graderInfo = ToMarkdown(q.Field("graderinfo"), q.Fields.GetValueOrDefault("graderinfo@format", "html"), lost);
                    if (graderInfo.Length > 0 && feedback.Length > 0 && graderInfo != feedback)
                        lost.Add("the general feedback (the grader information is the model answer)");
                    gift.Add(Gift(GiftKind.Essay, [], graderInfo.Length > 0 ? graderInfo : feedback));
                    break;
                case "description":
                    gift.Add(Gift(GiftKind.Description, [], feedback));
                    break;
                case "coderunner":
                    var outcome = CodeRunner(q, name, text, (area, id), exercises, lost);
                    // The exercise joins the question at its category's place.
                    outcomes.Add(outcome.Status == ItemStatus.Skipped ? outcome : outcome with { QuestionPath = $"{area}/{id}.md" });
                    // A category of only CodeRunner questions still needs a question for its exercise: its text stands in.
                    if (outcome.Status != ItemStatus.Skipped && !questions.Any(o => o.Category == q.Category && o.Type == "essay"))
                    {
                        gift.Add(Gift(GiftKind.Essay, [], "") with { Title = q.Name.StartsWith(ExerciseTitle + ": ", StringComparison.Ordinal) ? q.Name[(ExerciseTitle.Length + 2)..] : q.Name });
                        standIns.Add(key);
                    }
                    continue;
                case "cloze" or "multianswer":
                    if (Cloze(q, lost) is not var (kind, before, after, answers))
                    {
                        outcomes.Add(new ItemOutcome(name, ItemStatus.Skipped, "a cloze question with other than one gap of a choice or short answer: a Viva item asks one thing", q.Line));
                        continue;
                    }
                    gift.Add(Gift(kind, answers, feedback) with { Text = before, TextAfter = after });
                    break;
                default:
                    outcomes.Add(new ItemOutcome(name, ItemStatus.Skipped, $"Moodle's '{q.Type}' questions have no Viva counterpart", q.Line));
                    continue;
            }
            if (lost.Count > 0)
                extraLoss[key] = lost;
        }

        var import = GiftImporter.Import(new GiftDocument(gift), sourceName, Format);
        var bank = import.Questions.Select(b => exercises.TryGetValue((b.Area, b.Id), out var x) ? b with { Exercise = x } : b).ToList();
        outcomes.AddRange(import.Outcomes.Where(o => !standIns.Contains(o.Line)).Select(o => AtLine(WithLoss(o, extraLoss), lines)));
        return new GiftImport(bank, outcomes.OrderBy(o => o.Line == 0 ? int.MaxValue : o.Line).ToList());
    }

    private static ItemOutcome CodeRunner(MoodleQuestion q, string name, string text, (string, string) place,
        Dictionary<(string, string), Exercise> exercises, List<string> lost)
    {
        var type = q.Field("coderunnertype");
        if (!type.StartsWith(CodeRunnerConventions.PythonType, StringComparison.Ordinal))
            return new ItemOutcome(name, ItemStatus.Skipped, $"its CodeRunner type '{type}' is not Python 3", q.Line);
        if (q.Field("prototypetype") is { Length: > 0 } p && p != "0")
            return new ItemOutcome(name, ItemStatus.Skipped, "a CodeRunner prototype defines a question type, not a question", q.Line);
        if (q.TestCases.Count == 0)
            return new ItemOutcome(name, ItemStatus.Skipped, "it has no test cases, and a Viva exercise is its tests", q.Line);
        if (q.Field("twigall") == "1")
            return new ItemOutcome(name, ItemStatus.Skipped, "its test cases are Twig templates (TwigAll), which only its prototype's parameters expand", q.Line);
        if (q.TestCases.Any(c => c.TestCode.Trim().Length == 0))
            return new ItemOutcome(name, ItemStatus.Skipped, "its test cases run the whole program on their input, and Viva runs a submission once, without input, before its tests", q.Line);
        if (exercises.ContainsKey(place))
            return new ItemOutcome(name, ItemStatus.Skipped, "a Viva question holds one exercise, and its category already has one", q.Line);
        var (exercise, exerciseLost) = CodeRunnerImport.Exercise(q, text);
        exercises[place] = exercise;
        lost.AddRange(exerciseLost);
        return ItemOutcome.Of(name, lost, q.Line);
    }

    /// <summary>A cloze question with one gap, as GIFT's "missing word": the text before and after it and the gap's answers.</summary>
    private static (GiftKind, string, string, List<GiftAnswer>)? Cloze(MoodleQuestion q, List<string> lost)
    {
        var gaps = MoodleCloze.Gaps(q.Text);
        if (gaps.Count != 1)
            return null;
        var gap = gaps[0];
        GiftKind? kind = MoodleCloze.Kind(gap.Type) switch
        {
            "choice" => GiftKind.MultipleChoice,
            "multi" => GiftKind.MultipleAnswers,
            "short" => GiftKind.ShortAnswer,
            "numerical" => GiftKind.Numerical,
            _ => null,
        };
        if (kind is null)
            return null;
        var answers = gap.Answers.Select(a => new GiftAnswer(ToMarkdown(a.Text, q.Format, lost), a.Weight, true, ToMarkdown(a.Feedback, q.Format, lost), q.Line)).ToList();
        return (kind.Value, ToMarkdown(q.Text[..gap.Start], q.Format, lost).Trim(), ToMarkdown(q.Text[gap.End..], q.Format, lost).Trim(), answers);
    }

    private static List<GiftAnswer> Answers(MoodleQuestion q, List<string> lost) =>
        q.Answers.Select(a => new GiftAnswer(ToMarkdown(a.Text, a.Format, lost), a.Fraction, true, ToMarkdown(a.Feedback, a.FeedbackFormat, lost), q.Line)).ToList();

    /// <summary>The outcome of a GIFT question keyed by index, named and placed by its line in the file again.</summary>
    private static ItemOutcome AtLine(ItemOutcome o, Dictionary<int, int> lines)
    {
        if (o.Line == 0)
            return o;
        var suffix = $" (line {o.Line})";
        var item = o.Item.EndsWith(suffix, StringComparison.Ordinal) ? o.Item[..^suffix.Length] + $" (line {lines[o.Line]})" : o.Item;
        return o with { Item = item, Line = lines[o.Line] };
    }

    private static ItemOutcome WithLoss(ItemOutcome o, Dictionary<int, List<string>> extra)
    {
        if (o.Status == ItemStatus.Skipped || !extra.TryGetValue(o.Line, out var lost))
            return o;
        // The GIFT outcome's detail is already joined: one part, read as a note if it is only notes.
        var detail = ItemOutcome.Join(o.Status == ItemStatus.ConvertedWithLoss ? lost.Append(o.Detail) : lost);
        return o with { Status = ItemStatus.ConvertedWithLoss, Detail = detail };
    }
}
