using System.Globalization;
using Viva.Core.Bank;
using static Viva.Core.Interchange.Gift.GiftConventions;
using static Viva.Core.Interchange.Gift.GiftImporter;
using static Viva.Core.Interchange.Gift.GiftMarkdown;

namespace Viva.Core.Interchange.Gift;

/// <summary>
/// The bank question one category becomes, gathered question by question: the first essay is the question and its
/// model answer, later essays follow-ups, descriptions titled as Viva's export titles them its key points, pitfalls
/// and examples, and the rest its quiz (<see cref="GiftQuizItems"/>). What the file lacks is filled in and reported.
/// </summary>
internal sealed class GiftCategoryDraft
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
    private readonly GiftQuizItems _quiz;

    public GiftCategoryDraft(string category, string sourceName, string format)
    {
        var segments = ImportPlace.CategorySegments(category);
        _categoryName = segments.Count > 0 ? segments[^1] : Path.GetFileNameWithoutExtension(sourceName);
        (_area, _topic, _id) = ImportPlace.FromCategory(category, sourceName);
        _quiz = new GiftQuizItems(_id);
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
                return _quiz.Choice(g, name, python);
            case GiftKind.TrueFalse:
                return _quiz.TrueFalse(g, name, python);
            case GiftKind.ShortAnswer:
                return _quiz.Predict(g, name, python);
            case GiftKind.Matching:
                return new ItemOutcome(name, ItemStatus.Skipped, "Viva has no matching items", g.Line);
            case GiftKind.Numerical:
                return new ItemOutcome(name, ItemStatus.Skipped, "Viva has no numerical items (a tolerance or range cannot be graded as a choice)", g.Line);
            default:
                throw new InvalidOperationException($"unknown GIFT kind {g.Kind}");
        }
    }

    public Question? Build(List<ItemOutcome> outcomes)
    {
        if (_prompt is null && _quiz.Items.Count == 0 && _followUps.Count == 0 && _examples.Count == 0)
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
            outcomes.Add(new ItemOutcome(SourcePath, ItemStatus.ConvertedWithLoss, $"{ItemOutcome.FilledIn}{_format} had no " + string.Join(", ", filled) + "; placeholders stand in"));
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
            Quiz = _quiz.Items,
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
                _tags.Add(ImportPlace.Slug(tag));
        }
    }

    /// <summary>A key point written as the bank writes it, <c>[3] text</c>, keeps its weight; any other text weighs 1.</summary>
    private static (KeyPoint Point, bool Weighted) WeightedKeyPoint(string text)
    {
        var close = text.IndexOf("] ", StringComparison.Ordinal);
        if (text.StartsWith('[') && close > 1 && int.TryParse(text.AsSpan(1, close - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var weight) && weight > 0)
            return (new KeyPoint(weight, text[(close + 2)..], 0), true);
        return (new KeyPoint(1, text, 0), false);
    }

    private static PythonRange PythonOf(IReadOnlyList<string> tags) =>
        tags.Where(t => t.StartsWith(PythonTag, StringComparison.Ordinal)).Select(t => PythonRange.TryParse(t[PythonTag.Length..], out var r, out _) ? r : null)
            .FirstOrDefault(r => r is not null) ?? PythonRange.Any;
}
