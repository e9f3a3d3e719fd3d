using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>One written answer of the labelled corpus: its style, its text, and per key point whether a person judged it covered.</summary>
public sealed record LabelledAnswer(string QuestionId, string Style, string Text, IReadOnlyList<bool> Covered, IReadOnlyList<string> Reasons, string SourcePath);

/// <summary>
/// Reads the labelled answer corpus (tests/answers/corpus, heldout, adversarial and, when present, fresh): a file per question,
/// front matter <c>question: id</c>, then one <c>## style</c> section per answer, each answer followed by one
/// label line per key point, in order: <c>- [x] N: reason</c> (covered) or <c>- [ ] N: reason</c>.
/// Malformed files throw <see cref="FormatException"/> naming the file and line.
/// </summary>
public static partial class AnswerCorpus
{
    /// <summary>The nine styles, in file order.</summary>
    public static readonly IReadOnlyList<string> Styles =
        ["paraphrase", "textbook", "partial", "terse", "different-angle", "wrong-claims", "negated", "salad", "off-topic"];

    /// <summary>The styles whose answers are correct and should be pre-ticked where labelled (the F1 target's set).</summary>
    public static readonly IReadOnlyList<string> CorrectStyles = ["paraphrase", "textbook", "terse", "different-angle"];

    /// <summary>The styles that must score low: they cover nothing.</summary>
    public static readonly IReadOnlyList<string> AttackStyles = ["salad", "negated", "off-topic"];

    /// <summary>Every <c>*.md</c> file of a folder, in name order.</summary>
    public static IReadOnlyList<LabelledAnswer> LoadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).SelectMany(LoadFile).ToList();

    public static IReadOnlyList<LabelledAnswer> LoadFile(string path) => Parse(path, File.ReadAllText(path));

    public static IReadOnlyList<LabelledAnswer> Parse(string path, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length < 3 || lines[0] != "---")
            throw Error(path, 1, "expected front matter starting with ---");
        var end = Array.IndexOf(lines, "---", 1);
        if (end < 0)
            throw Error(path, 1, "front matter is not closed with ---");
        string? question = null;
        for (var i = 1; i < end; i++)
        {
            if (lines[i].StartsWith("question:", StringComparison.Ordinal))
                question = lines[i]["question:".Length..].Trim();
        }
        if (string.IsNullOrEmpty(question))
            throw Error(path, 1, "front matter has no 'question:'");

        var answers = new List<LabelledAnswer>();
        string? style = null;
        var styleLine = 0;
        var body = new List<string>();
        var labels = new List<(bool Covered, string Reason, int Line)>();
        void Flush()
        {
            if (style is null)
                return;
            if (labels.Count == 0)
                throw Error(path, styleLine, $"section '{style}' has no label lines");
            var answer = string.Join('\n', body).Trim();
            if (answer.Length == 0)
                throw Error(path, styleLine, $"section '{style}' has no answer text");
            answers.Add(new LabelledAnswer(question, style, answer, labels.Select(l => l.Covered).ToList(), labels.Select(l => l.Reason).ToList(), path));
        }
        for (var i = end + 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                style = line[3..].Trim();
                styleLine = i + 1;
                body.Clear();
                labels = [];
                continue;
            }
            if (style is null)
            {
                if (line.Trim().Length > 0)
                    throw Error(path, i + 1, "text before the first ## section");
                continue;
            }
            var label = Label().Match(line);
            if (label.Success)
            {
                var number = int.Parse(label.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (number != labels.Count + 1)
                    throw Error(path, i + 1, $"label {number} out of order in '{style}' (expected {labels.Count + 1})");
                labels.Add((label.Groups[1].Value == "x", label.Groups[3].Value.Trim(), i + 1));
            }
            else if (labels.Count > 0)
            {
                if (line.Trim().Length > 0)
                    throw Error(path, i + 1, $"text after the labels of '{style}'");
            }
            else
            {
                body.Add(line);
            }
        }
        Flush();
        return answers;
    }

    private static FormatException Error(string path, int line, string message) => new($"{path}:{line}: {message}");

    [GeneratedRegex(@"^- \[([ x])\] (\d+):(.*)$")]
    private static partial Regex Label();
}
