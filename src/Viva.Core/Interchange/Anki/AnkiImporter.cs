using System.Globalization;
using System.Text.Json;
using Viva.Core.Bank;
using Viva.Core.Interchange.Gift;
using static Viva.Core.Interchange.Anki.AnkiConventions;

namespace Viva.Core.Interchange.Anki;

/// <summary>
/// Maps Anki notes onto bank questions, one per note: the front is the question, the back the model answer.
/// A note Viva exported comes back whole (its fields carry their Markdown source, its tags the header); a
/// foreign note's HTML becomes text, and what has no place (formatting, media, fields past the back,
/// cloze deletions) is reported, never dropped silently.
/// </summary>
public static class AnkiImporter
{
    public static AnkiImport Import(IReadOnlyList<AnkiNote> notes, string sourceName)
    {
        var questions = new Dictionary<string, Question>();
        var outcomes = new List<ItemOutcome>();
        var questionOfNote = new Dictionary<long, string>();
        foreach (var note in notes)
        {
            var where = note.Line > 0 ? $"line {note.Line}" : $"note {note.Id}";
            var first = note.Fields.Count > 0 ? ForeignHtml.ToMarkdown(AnkiSource.Split(note.Fields[0]).Html).Markdown : "";
            var name = $"{(first.Length > 60 ? first[..60] : first).ReplaceLineEndings(" ")} ({where})";
            if (note.Type.IsCloze)
            {
                outcomes.Add(new ItemOutcome(name, ItemStatus.Skipped, $"note type '{note.Type.Name}' is a cloze type: a question needs a front and a back", note.Line));
                continue;
            }
            if (note.Fields.Count < 2)
            {
                outcomes.Add(new ItemOutcome(name, ItemStatus.Skipped, $"note type '{note.Type.Name}' has one field: there is no back to be the model answer", note.Line));
                continue;
            }
            var lost = new List<string>();
            var question = Question(note, lost);
            name = $"{question.Id}: {question.Title} ({where})";
            if (questions.ContainsKey(question.Id))
            {
                outcomes.Add(new ItemOutcome(name, ItemStatus.Skipped, $"an earlier note is question {question.Id} already", note.Line));
                continue;
            }
            questions[question.Id] = question;
            if (note.Id != 0)
                questionOfNote[note.Id] = question.Id;
            outcomes.Add(ItemOutcome.Of(name, lost, note.Line) with { QuestionPath = question.SourcePath });
        }
        return new AnkiImport(questions.Values.ToList(), outcomes, questionOfNote);
    }

    private static Question Question(AnkiNote note, List<string> lost)
    {
        var (frontHtml, front) = AnkiSource.Split(note.Fields[0]);
        var (backHtml, back) = AnkiSource.Split(note.Fields[1]);
        var title = AnkiSource.Text(front, "title");
        var prompt = AnkiSource.Text(front, "prompt") ?? Text(note, frontHtml, "front", lost);
        title ??= FirstLine(prompt);
        var answer = AnkiSource.Text(back, "answer") ?? Text(note, backHtml, "back", lost);
        var keyPoints = KeyPoints(back);
        var extra = note.Fields.Skip(2).Select((f, i) => (f, i + 2)).Where(x => x.f.Trim().Length > 0)
            .Select(x => x.Item2 < note.Type.FieldNames.Count ? $"'{note.Type.FieldNames[x.Item2]}'" : $"field {x.Item2 + 1}").ToList();
        if (extra.Count > 0)
            lost.Add($"the fields {string.Join(", ", extra)} of note type '{note.Type.Name}' (only the front and back have a place)");

        var deck = note.Deck.Split("::", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string? area = null, topic = null, python = null;
        int? minutes = null;
        var level = (Level?)null;
        var tags = new List<string>();
        foreach (var tag in note.Tags)
        {
            if (tag.StartsWith(AreaTag, StringComparison.Ordinal))
                area = ImportPlace.Slug(tag[AreaTag.Length..]);
            else if (tag.StartsWith(TopicTag, StringComparison.Ordinal))
                topic = ImportPlace.Slug(tag[TopicTag.Length..]);
            else if (tag.StartsWith(LevelTag, StringComparison.Ordinal))
                level = Enum.TryParse<Level>(tag[LevelTag.Length..], ignoreCase: true, out var l) ? l : null;
            else if (tag.StartsWith(MinutesTag, StringComparison.Ordinal))
                minutes = int.TryParse(tag[MinutesTag.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m > 0 ? m : null;
            else if (tag.StartsWith(PythonTag, StringComparison.Ordinal))
                python = tag[PythonTag.Length..];
            else if (ImportPlace.Slug(tag) is var slug && !tags.Contains(slug))
                tags.Add(slug);
        }
        var filled = new List<string>();
        T Fill<T>(T? value, T fallback, string what) where T : class
        {
            if (value is null)
                filled.Add(what);
            return value ?? fallback;
        }
        T FillValue<T>(T? value, T fallback, string what) where T : struct
        {
            if (value is null)
                filled.Add(what);
            return value ?? fallback;
        }
        var range = python is not null && PythonRange.TryParse(python, out var r, out _) ? r : null;
        var question = new Question
        {
            Id = note.NoteGuid.StartsWith(GuidPrefix, StringComparison.Ordinal) && ImportPlace.Slug(note.NoteGuid[GuidPrefix.Length..]) == note.NoteGuid[GuidPrefix.Length..]
                ? note.NoteGuid[GuidPrefix.Length..] : ImportPlace.Slug(title),
            Title = title,
            Area = Fill(area, deck.Length > 0 ? ImportPlace.Slug(deck[0]) : "imported", "area (from the deck)"),
            Topic = Fill(topic, deck.Length > 0 ? ImportPlace.Slug(deck[^1]) : "imported", "topic (from the deck)"),
            Level = FillValue(level, Level.Mid, "level (mid)"),
            Tags = tags.Count > 0 ? tags : ["imported"],
            Minutes = FillValue(minutes, 5, "minutes (5)"),
            Python = Fill(range, PythonRange.TryParse(GiftImporter.DefaultPython, out var d, out _) ? d : PythonRange.Any, $"python range ({GiftImporter.DefaultPython})"),
            Prompt = new Section(prompt.Length > 0 ? prompt : GiftImporter.Missing, 0),
            Answer = new Section(answer.Length > 0 ? answer : GiftImporter.Missing, 0),
            KeyPoints = keyPoints,
            FollowUps = [],
            Pitfalls = [],
            Examples = [],
            Quiz = [],
            SourcePath = "",
            ContentHash = "",
        };
        if (filled.Count > 0)
            lost.Add($"{ItemOutcome.FilledIn}the note has no {string.Join(", ", filled)}: filled in");
        return question with { SourcePath = $"{question.Area}/{question.Id}.md" };
    }

    private static string Text(AnkiNote note, string field, string side, List<string> lost)
    {
        if (!note.Html)
            return field.Trim();
        var (text, formatting, media) = ForeignHtml.ToMarkdown(field);
        if (formatting)
            lost.Add($"the {side}'s HTML formatting beyond paragraphs, lists, code, bold and italics");
        if (media > 0)
            lost.Add($"{media} image(s) or sound(s) on the {side}");
        return text;
    }

    private static List<KeyPoint> KeyPoints(JsonElement? back)
    {
        if (back is not { } b || !b.TryGetProperty("keyPoints", out var points) || points.ValueKind != JsonValueKind.Array)
            return [];
        return points.EnumerateArray()
            .Where(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
            .Select(p => new KeyPoint(p.TryGetProperty("weight", out var w) && w.TryGetInt32(out var n) ? n : 1, p.GetProperty("text").GetString()!, 0))
            .ToList();
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n').Select(l => l.Trim().TrimStart('#', ' ')).FirstOrDefault(l => l.Length > 0) ?? "Imported note";
        return line.Length > 80 ? line[..80] : line;
    }
}
