using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Markdig;
using Viva.Core.Bank;
using static Viva.Core.Interchange.Anki.AnkiConventions;

namespace Viva.Core.Interchange.Anki;

/// <summary>
/// Writes one basic note per question: the front is the title and the prompt, the back the model answer
/// and its key points, both as HTML; area, topic, level, minutes, Python range and the question's tags
/// are Anki tags; the guid comes from the question id. Follow-ups, pitfalls, examples, quiz items and the
/// exercise have no place on a front/back card and are reported per question.
/// </summary>
public static class AnkiExporter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();

    public static AnkiExport Export(IEnumerable<Question> questions, string noteType)
    {
        var notes = new List<AnkiNote>();
        var outcomes = new List<ItemOutcome>();
        foreach (var q in questions)
        {
            var front = AnkiSource.Append($"<h3>{WebUtility.HtmlEncode(q.Title)}</h3>\n{Html(q.Prompt.Markdown)}",
                new JsonObject { ["title"] = q.Title, ["prompt"] = q.Prompt.Markdown });
            var points = new JsonArray(q.KeyPoints.Select(k => (JsonNode)new JsonObject { ["weight"] = k.Weight, ["text"] = k.Text }).ToArray());
            var back = AnkiSource.Append(Html(q.Answer.Markdown) + KeyPointsHtml(q.KeyPoints),
                new JsonObject { ["answer"] = q.Answer.Markdown, ["keyPoints"] = points });
            notes.Add(new AnkiNote(0, GuidPrefix + q.Id, AnkiNoteType.Basic(noteType), [front, back], Tags(q), DeckName, Html: true));

            var lost = new List<string>();
            void Count(int n, string what)
            {
                if (n > 0)
                    lost.Add($"{n} {what}");
            }
            Count(q.FollowUps.Count, "follow-ups");
            Count(q.Pitfalls.Count, "pitfalls");
            Count(q.Examples.Count, "examples");
            Count(q.Quiz.Count, "quiz items");
            if (q.Exercise is not null)
                lost.Add("the exercise");
            outcomes.Add(lost.Count == 0
                ? new ItemOutcome(q.Id, ItemStatus.Imported, "")
                : new ItemOutcome(q.Id, ItemStatus.ConvertedWithLoss, string.Join(", ", lost) + " (a card has a front and a back)"));
        }
        return new AnkiExport(notes, outcomes);
    }

    /// <summary>Anki tags are separated by spaces, so a value's own spaces are dropped (a Python range reads the same without them).</summary>
    private static List<string> Tags(Question q)
    {
        var tags = new List<string>
        {
            AreaTag + q.Area,
            TopicTag + q.Topic,
            LevelTag + q.Level.ToString().ToLowerInvariant(),
            MinutesTag + q.Minutes.ToString(CultureInfo.InvariantCulture),
        };
        if (!q.Python.IsAny)
            tags.Add(PythonTag + q.Python.Text.Replace(" ", "", StringComparison.Ordinal));
        tags.AddRange(q.Tags);
        return tags;
    }

    private static string Html(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    private static string KeyPointsHtml(IReadOnlyList<KeyPoint> points)
    {
        if (points.Count == 0)
            return "";
        var w = new StringBuilder("<h4>Key points</h4>\n<ol>\n");
        foreach (var k in points)
            w.Append("<li>").Append(Markdown.ToHtml(k.Text, Pipeline).Trim()).Append("</li>\n");
        return w.Append("</ol>\n").ToString();
    }
}
