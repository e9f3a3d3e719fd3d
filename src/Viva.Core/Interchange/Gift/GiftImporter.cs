using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Viva.Core.Bank;
using static Viva.Core.Interchange.Gift.GiftConventions;

namespace Viva.Core.Interchange.Gift;

/// <summary>
/// Maps parsed GIFT questions (or Moodle XML questions read into the same model) onto bank questions, one per category. What Viva's item types hold is
/// imported (multiple choice, multiple answers, true/false as a choice, short answers over Python code as
/// predict items, essays as the question or follow-ups); what they cannot hold is reported, never dropped
/// silently. A file Viva exported comes back whole except what the export already reported lost.
/// </summary>
public static class GiftImporter
{
    /// <summary>Placeholder for a part the bank requires that the imported file does not have; the report names it.</summary>
    public const string Missing = "(Not in the imported file: write this part.)";
    public const string DefaultPython = ">=3.8";

    /// <summary>Imports a document; <paramref name="format"/> names the file's format in the report ("GIFT", "Moodle XML").</summary>
    public static GiftImport Import(GiftDocument document, string sourceName, string format = "GIFT")
    {
        var outcomes = new List<ItemOutcome>();
        var questions = new List<Question>();
        foreach (var group in document.Questions.GroupBy(q => q.Category))
        {
            var draft = new Draft(group.Key, sourceName, format);
            var first = outcomes.Count;
            foreach (var g in group)
            {
                var (markdown, lostHtml) = FromHtml(g);
                var outcome = draft.Add(markdown);
                outcomes.Add(lostHtml && outcome.Status != ItemStatus.Skipped
                    ? outcome with { Status = ItemStatus.ConvertedWithLoss, Detail = ItemOutcome.Join(outcome.Status == ItemStatus.Imported ? [LostHtml] : [LostHtml, outcome.Detail]) }
                    : outcome);
            }
            // Only a category's last three segments place its question, so two categories can name one file: the first keeps it.
            var taken = questions.Any(q => q.SourcePath == draft.SourcePath);
            var question = taken ? null : draft.Build(outcomes);
            if (question is not null)
                questions.Add(question);
            var why = taken ? $"its category places it at {draft.SourcePath}, where an earlier category's question is"
                : "key points and pitfalls need a question to belong to, and their category has no essay, quiz item or example";
            for (var i = first; i < outcomes.Count; i++)
            {
                if (outcomes[i].Status != ItemStatus.Skipped)
                    outcomes[i] = question is null ? outcomes[i] with { Status = ItemStatus.Skipped, Detail = why } : outcomes[i] with { QuestionPath = question.SourcePath };
            }
        }
        return new GiftImport(questions, outcomes);
    }

    internal const string LostHtml = "HTML formatting beyond paragraphs, code, emphasis and lists";

    /// <summary>A <c>[html]</c> question's texts as Markdown, the bank's format, and whether that dropped formatting or media.</summary>
    private static (GiftQuestion Question, bool Lost) FromHtml(GiftQuestion g)
    {
        if (g.Format != "html")
            return (g, false);
        var lost = false;
        string Markdown(string html)
        {
            var (markdown, formatting, media) = ForeignHtml.ToMarkdown(html);
            lost |= formatting || media > 0;
            return markdown;
        }
        var question = g with
        {
            Format = "markdown",
            Text = Markdown(g.Text),
            TextAfter = Markdown(g.TextAfter),
            GeneralFeedback = Markdown(g.GeneralFeedback),
            TrueFalseWrongFeedback = Markdown(g.TrueFalseWrongFeedback),
            TrueFalseRightFeedback = Markdown(g.TrueFalseRightFeedback),
            Answers = g.Answers.Select(a => a with { Text = Markdown(a.Text), Feedback = Markdown(a.Feedback) }).ToList(),
        };
        return (question, lost);
    }

    private sealed class Draft
    {
        private readonly string _area, _topic, _id, _categoryName, _format;
        private string? _title, _prompt, _answer;
        private readonly List<string> _tags = [];
        private Level _level = Level.Mid;
        private int _minutes;
        private PythonRange? _python;
        private readonly List<KeyPoint> _keyPoints = [];
        private readonly List<FollowUp> _followUps = [];
        private readonly List<Pitfall> _pitfalls = [];
        private readonly List<CodeExample> _examples = [];
        private readonly List<QuizItem> _quiz = [];

        public Draft(string category, string sourceName, string format)
        {
            var segments = CategorySegments(category);
            _categoryName = segments.Count > 0 ? segments[^1] : Path.GetFileNameWithoutExtension(sourceName);
            (_area, _topic, _id) = Place(category, sourceName);
            _format = format;
        }

        /// <summary>The bank file the category's question becomes.</summary>
        public string SourcePath => $"{_area}/{_id}.md";

        private string Name(GiftQuestion g, string prefix = "") =>
            $"{_id}: {(g.Title.Length > 0 ? g.Title : prefix + FirstLine(g.Text))} (line {g.Line})";

        public ItemOutcome Add(GiftQuestion g)
        {
            var name = Name(g);
            var python = PythonOf(g.Tags);
            switch (g.Kind)
            {
                case GiftKind.Essay when g.Title == ExerciseTitle:
                    return new ItemOutcome(name, ItemStatus.Skipped, $"a Viva exercise needs hidden tests and wrong solutions, which {_format} does not hold", g.Line);
                case GiftKind.Essay when _prompt is null && !g.Title.StartsWith(FollowUpPrefix, StringComparison.Ordinal):
                {
                    _title = g.Title.Length > 0 ? g.Title : FirstLine(g.Text);
                    _prompt = g.Text.Length > 0 ? g.Text : _title;
                    _answer = g.GeneralFeedback;
                    ReadMeta(g.Tags);
                    return _answer.Length > 0
                        ? new ItemOutcome(name, ItemStatus.Imported, "", g.Line)
                        : new ItemOutcome(name, ItemStatus.ConvertedWithLoss, ItemOutcome.FilledIn + "it has no general feedback to be the model answer; a placeholder stands in", g.Line);
                }
                case GiftKind.Essay:
                {
                    var question = g.Title.StartsWith(FollowUpPrefix, StringComparison.Ordinal) ? g.Title[FollowUpPrefix.Length..] : g.Text;
                    _followUps.Add(new FollowUp(question, g.GeneralFeedback.Length > 0 ? g.GeneralFeedback : Missing, 0));
                    var lost = new List<string>();
                    if (!g.Title.StartsWith(FollowUpPrefix, StringComparison.Ordinal))
                        lost.Add("its standing as a question of its own (it became a follow-up; the category's first essay is the question)");
                    if (g.GeneralFeedback.Length == 0)
                        lost.Add(ItemOutcome.FilledIn + "it has no general feedback to be the answer; a placeholder stands in");
                    return ItemOutcome.Of(name, lost, g.Line);
                }
                case GiftKind.Description when g.Title == KeyPointsTitle:
                {
                    var points = Bullets(g.Text).Select(WeightedKeyPoint).ToList();
                    _keyPoints.AddRange(points.Select(p => p.Point));
                    return points.All(p => p.Weighted)
                        ? new ItemOutcome(name, ItemStatus.Imported, "", g.Line)
                        : new ItemOutcome(name, ItemStatus.ConvertedWithLoss, $"the key-point weights ({_format} has none; each is 1)", g.Line);
                }
                case GiftKind.Description when g.Title == PitfallsTitle:
                    _pitfalls.AddRange(Bullets(g.Text).Select(t => new Pitfall(t, 0)));
                    return new ItemOutcome(name, ItemStatus.Imported, "", g.Line);
                case GiftKind.Description when g.Title.StartsWith(ExamplePrefix, StringComparison.Ordinal):
                {
                    var (prose, code, output) = SplitCode(g.Text);
                    if (code is null || output is null)
                        return new ItemOutcome(name, ItemStatus.Skipped, "an example needs a ```python block followed by an ```output block", g.Line);
                    _examples.Add(new CodeExample(g.Title[ExamplePrefix.Length..], python, prose, new CodeBlock(code, 0), new CodeBlock(output, 0), 0));
                    return new ItemOutcome(name, ItemStatus.ConvertedWithLoss, "nothing but its proof: `viva check` runs it again", g.Line);
                }
                case GiftKind.Description:
                    return new ItemOutcome(name, ItemStatus.Skipped, "a description asks nothing, and Viva keeps no free-standing text", g.Line);
                case GiftKind.MultipleChoice or GiftKind.MultipleAnswers:
                    return Choice(g, name, python);
                case GiftKind.TrueFalse:
                    return TrueFalse(g, name, python);
                case GiftKind.ShortAnswer:
                    return Predict(g, name, python);
                case GiftKind.Matching:
                    return new ItemOutcome(name, ItemStatus.Skipped, "Viva has no matching items", g.Line);
                case GiftKind.Numerical:
                    return new ItemOutcome(name, ItemStatus.Skipped, "Viva has no numerical items (a tolerance or range cannot be graded as a choice)", g.Line);
                default:
                    throw new InvalidOperationException($"unknown GIFT kind {g.Kind}");
            }
        }

        private ItemOutcome Choice(GiftQuestion g, string name, PythonRange python)
        {
            var lost = new List<string>();
            var title = ItemTitle(g, out var kindPrefix);
            var text = g.Text;
            if (g.IsMissingWord)
            {
                text = $"{g.Text} _____ {g.TextAfter}";
                lost.Add("the answer's place in the sentence (shown as _____)");
            }
            (title, var stem) = ChoiceText(title, text, lost);
            var full = g.Answers.Count(a => a.Weight >= 100);
            var multiple = kindPrefix == "multi" || g.Kind == GiftKind.MultipleAnswers || full > 1;
            if (!multiple && g.Answers.Any(a => a.Weight is > 0 and < 100))
                lost.Add("partial-credit weights (only the 100% answer is right)");
            if (multiple && g.Answers.Any(a => a.ExplicitWeight) && !CanonicalWeights(g.Answers))
                lost.Add("partial-credit weights (a multi item is right only with every right answer)");
            if (g.GeneralFeedback.Length > 0)
                lost.Add("the general feedback");
            if (g.Answers.Any(a => a.Feedback.Length == 0))
                lost.Add(ItemOutcome.FilledIn + "options without feedback got a placeholder explanation");
            var options = g.Answers.Select(a => new ChoiceOption(ChoiceOption.IdFor(_id, title, a.Text), a.Text,
                multiple ? a.Weight > 0 : a.Weight >= 100, a.Feedback.Length > 0 ? a.Feedback : Missing, 0)).ToList();
            if (options.Count < 2)
                return new ItemOutcome(name, ItemStatus.Skipped, $"a choice needs two options or more, and this one has {options.Count}", g.Line);
            var right = options.Count(o => o.Correct);
            if (multiple && right == options.Count)
                return new ItemOutcome(name, ItemStatus.Skipped, "every answer is right, and a Viva multi item needs a wrong one", g.Line);
            if (!multiple && right != 1)
                return new ItemOutcome(name, ItemStatus.Skipped, "no answer is fully right", g.Line);
            if (Asked(title) is { } twice)
                return new ItemOutcome(name, ItemStatus.Skipped, twice, g.Line);
            _quiz.Add(new ChoiceItem(title, PythonOf(g.Tags), multiple, stem, options, 0));
            return ItemOutcome.Of(name, lost, g.Line);
        }

        private ItemOutcome TrueFalse(GiftQuestion g, string name, PythonRange python)
        {
            var lost = new List<string>();
            var (title, stem) = ChoiceText(ItemTitle(g, out _), g.Text, lost);
            if (Asked(title) is { } twice)
                return new ItemOutcome(name, ItemStatus.Skipped, twice, g.Line);
            var answer = g.TrueFalseAnswer!.Value;
            string Why(bool optionIsTrue) =>
                (optionIsTrue == answer ? g.TrueFalseRightFeedback : g.TrueFalseWrongFeedback) is { Length: > 0 } f ? f : Missing;
            var options = new List<ChoiceOption>
            {
                new(ChoiceOption.IdFor(_id, title, "True"), "True", answer, Why(true), 0),
                new(ChoiceOption.IdFor(_id, title, "False"), "False", !answer, Why(false), 0),
            };
            _quiz.Add(new ChoiceItem(title, python, false, stem, options, 0));
            if (g.TrueFalseRightFeedback.Length == 0 || g.TrueFalseWrongFeedback.Length == 0)
                lost.Add(ItemOutcome.FilledIn + "a missing feedback got a placeholder explanation");
            if (g.GeneralFeedback.Length > 0)
                lost.Add("the general feedback");
            return ItemOutcome.Of(name, lost, g.Line);
        }

        private ItemOutcome Predict(GiftQuestion g, string name, PythonRange python)
        {
            var (prose, code, _) = SplitCode(g.Text);
            if (code is null)
                return new ItemOutcome(name, ItemStatus.Skipped, "Viva's only typed answer is predict-the-output, and this short answer has no ```python block", g.Line);
            var title = ItemTitle(g, out _);
            var right = g.Answers.Where(a => a.Weight >= 100).ToList();
            if (right.Count == 0)
                return new ItemOutcome(name, ItemStatus.Skipped, "no answer is fully right", g.Line);
            if (Asked(title) is { } twice)
                return new ItemOutcome(name, ItemStatus.Skipped, twice, g.Line);
            var lost = new List<string>();
            if (g.Answers.Count > 1)
                lost.Add($"{g.Answers.Count - 1} alternative answers (a program prints one output)");
            if (g.Answers.Any(a => a.Feedback.Length > 0))
                lost.Add("per-answer feedback");
            _quiz.Add(new PredictItem(title, python, prose, new CodeBlock(code, 0), new CodeBlock(right[0].Text, 0),
                g.GeneralFeedback.Length > 0 ? g.GeneralFeedback : Missing, 0));
            if (g.GeneralFeedback.Length == 0)
                lost.Add(ItemOutcome.FilledIn + "without general feedback the explanation is a placeholder");
            return ItemOutcome.Of(name, lost, g.Line);
        }

        /// <summary>Why an item titled <paramref name="title"/> cannot join the question: an earlier one asks the same (its options would share ids).</summary>
        private string? Asked(string title) =>
            _quiz.Any(i => i.Title == title) ? $"an earlier question of its category asks the same ('{title}'), and a Viva question asks a thing once" : null;

        public Question? Build(List<ItemOutcome> outcomes)
        {
            if (_prompt is null && _quiz.Count == 0 && _followUps.Count == 0 && _examples.Count == 0)
                return null;
            var filled = new List<string>();
            if (_prompt is null)
                filled.Add("question and model answer (no essay in the category)");
            else if (_answer is { Length: 0 })
                filled.Add("model answer");
            if (_minutes == 0)
                filled.Add("minutes (set to 5)");
            if (_python is null)
                filled.Add($"python range (set to {DefaultPython})");
            if (_tags.Count == 0)
                filled.Add("tags (set to 'imported')");
            if (filled.Count > 0)
                outcomes.Add(new ItemOutcome($"{_area}/{_id}.md", ItemStatus.ConvertedWithLoss, $"{ItemOutcome.FilledIn}{_format} had no " + string.Join(", ", filled) + "; placeholders stand in"));
            var fallback = PythonRange.TryParse(DefaultPython, out var r, out _) ? r : PythonRange.Any;
            return new Question
            {
                Id = _id,
                Title = _title ?? _categoryName,
                Area = _area,
                Topic = _topic,
                Level = _level,
                Tags = _tags.Count > 0 ? _tags : ["imported"],
                Minutes = _minutes > 0 ? _minutes : 5,
                Python = _python ?? fallback,
                Prompt = new Section(_prompt ?? Missing, 0),
                Answer = new Section(_answer is { Length: > 0 } a ? a : Missing, 0),
                KeyPoints = _keyPoints,
                FollowUps = _followUps,
                Pitfalls = _pitfalls,
                Examples = _examples,
                Quiz = _quiz,
                SourcePath = SourcePath,
                ContentHash = "",
            };
        }

        private void ReadMeta(IReadOnlyList<string> tags)
        {
            foreach (var tag in tags)
            {
                if (tag.StartsWith(LevelTag, StringComparison.Ordinal))
                    _level = tag[LevelTag.Length..] switch { "senior" => Level.Senior, "staff" => Level.Staff, _ => Level.Mid };
                else if (tag.StartsWith(MinutesTag, StringComparison.Ordinal))
                    _ = int.TryParse(tag[MinutesTag.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out _minutes);
                else if (tag.StartsWith(PythonTag, StringComparison.Ordinal))
                    _python = PythonRange.TryParse(tag[PythonTag.Length..], out var r, out _) ? r : null;
                else
                    _tags.Add(Slug(tag));
            }
        }

        /// <summary>
        /// A bank choice item asks its question in its title; its stem may only be code, since prose there would run
        /// on into the options. So GIFT's question text (its prose, on one line) becomes the title, and its code the stem.
        /// </summary>
        private static (string Title, string Stem) ChoiceText(string title, string text, List<string> lost)
        {
            if (text.Length == 0 || text == title)
                return (title, "");
            var (prose, code, _) = SplitCode(text);
            var question = string.Join(' ', prose.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (question.Length > 0 && question != title)
            {
                lost.Add($"the question's name '{title}' (its text is the item's title)");
                title = question;
            }
            return (title, code is null ? "" : $"```python\n{code}\n```");
        }

        private static string ItemTitle(GiftQuestion g, out string kind)
        {
            kind = "";
            foreach (var prefix in new[] { "choice", "multi", "predict" })
            {
                if (g.Title.StartsWith(prefix + ": ", StringComparison.Ordinal))
                {
                    kind = prefix;
                    return g.Title[(prefix.Length + 2)..];
                }
            }
            return g.Title.Length > 0 ? g.Title : FirstLine(g.Text);
        }

    }

    /// <summary>Area, topic and question id from a category path: its last three segments, as slugs.</summary>
    internal static (string Area, string Topic, string Id) Place(string category, string sourceName)
    {
        var slugs = CategorySegments(category).Select(Slug).ToList();
        return slugs.Count switch
        {
            0 => ("imported", "imported", Slug(Path.GetFileNameWithoutExtension(sourceName))),
            1 => ("imported", slugs[0], slugs[0]),
            2 => (slugs[0], slugs[1], slugs[1]),
            _ => (slugs[^3], slugs[^2], slugs[^1]),
        };
    }

    /// <summary>A key point written as the bank writes it, <c>[3] text</c>, keeps its weight; any other text weighs 1.</summary>
    private static (KeyPoint Point, bool Weighted) WeightedKeyPoint(string text)
    {
        var close = text.IndexOf("] ", StringComparison.Ordinal);
        if (text.StartsWith('[') && close > 1 && int.TryParse(text.AsSpan(1, close - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var weight) && weight > 0)
            return (new KeyPoint(weight, text[(close + 2)..], 0), true);
        return (new KeyPoint(1, text, 0), false);
    }

    /// <summary>Whether weights are the even split Viva's export writes for a multi item (right share +100, wrong share -100).</summary>
    private static bool CanonicalWeights(IReadOnlyList<GiftAnswer> answers)
    {
        var right = answers.Where(a => a.Weight > 0).ToList();
        var wrong = answers.Where(a => a.Weight <= 0).ToList();
        return right.All(a => Math.Abs(a.Weight - 100m / right.Count) < 0.001m)
            && wrong.All(a => Math.Abs(a.Weight + 100m / Math.Max(wrong.Count, 1)) < 0.001m);
    }

    private static PythonRange PythonOf(IReadOnlyList<string> tags) =>
        tags.Where(t => t.StartsWith(PythonTag, StringComparison.Ordinal)).Select(t => PythonRange.TryParse(t[PythonTag.Length..], out var r, out _) ? r : null)
            .FirstOrDefault(r => r is not null) ?? PythonRange.Any;

    /// <summary>The category's path without its <c>$course$</c>-style context and Viva's own root; <c>//</c> is a literal slash.</summary>
    internal static List<string> CategorySegments(string category)
    {
        var segments = category.Replace("//", "\u0001", StringComparison.Ordinal).Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Replace('\u0001', '/').Trim()).Where(s => s.Length > 0).ToList();
        if (segments.Count > 0 && segments[0].StartsWith('$') && segments[0].EndsWith('$'))
            segments.RemoveAt(0);
        // Moodle 3.5 and later write the context's root category, "top", first.
        if (segments.Count > 0 && segments[0] == "top")
            segments.RemoveAt(0);
        if (segments.Count > 0 && segments[0] == "viva")
            segments.RemoveAt(0);
        return segments;
    }

    internal static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
                sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-')
                sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > 0)
            return slug;
        // A name written only in another script keeps no ASCII letter: a hash of it still tells two such names apart.
        return text.Any(char.IsLetterOrDigit) ? "u" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Trim())))[..8] : "imported";
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n')[0].Trim();
        return line.Length > 80 ? line[..80] : line;
    }

    /// <summary>Markdown list items: a line starting with '- ' opens one, indented lines continue it.</summary>
    private static List<string> Bullets(string text)
    {
        var items = new List<StringBuilder>();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("- ", StringComparison.Ordinal))
                items.Add(new StringBuilder(line[2..]));
            else if (items.Count > 0)
                items[^1].Append('\n').Append(line.StartsWith("  ", StringComparison.Ordinal) ? line[2..] : line);
            else if (line.Trim().Length > 0)
                items.Add(new StringBuilder(line.Trim()));
        }
        return items.Select(b => b.ToString().TrimEnd('\n')).ToList();
    }

    /// <summary>Prose, then a ```python block, then optionally an ```output block.</summary>
    private static (string Prose, string? Code, string? Output) SplitCode(string markdown)
    {
        var lines = markdown.Split('\n');
        var blocks = MarkdownBlock.Split(lines, 0, lines.Length, (_, _) => { });
        var code = blocks.FindIndex(b => b is { Kind: MarkdownBlockKind.Fence, Info: "python" });
        if (code < 0)
            return (markdown, null, null);
        var output = code + 1 < blocks.Count && blocks[code + 1] is { Kind: MarkdownBlockKind.Fence, Info: "output" } o ? o.Text : null;
        return (MarkdownBlock.Raw(lines, blocks[..code]), blocks[code].Text, output);
    }
}
