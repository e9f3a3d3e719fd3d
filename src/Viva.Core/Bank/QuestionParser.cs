using System.Security.Cryptography;

namespace Viva.Core.Bank;

/// <summary>
/// Turns a question file into a <see cref="Question"/>. Never throws on bad content: every problem is
/// reported with its line and field, and parsing goes on to find the next one.
/// </summary>
public static class QuestionParser
{
    public static readonly string[] SectionNames =
        ["Question", "Answer", "Key points", "Follow-ups", "Pitfalls", "Examples", "Quiz", "Exercise"];

    public static ParseResult Parse(string path, byte[] bytes)
    {
        var problems = new List<Problem>();
        if (StrictUtf8.Decode(bytes, out var invalid) is not { } text)
        {
            problems.Add(new Problem(path, invalid!.Line, "encoding", $"file is not valid UTF-8 ({invalid.Byte} at byte {invalid.Offset})"));
            return new ParseResult(null, problems);
        }

        var lines = text.Replace("\r\n", "\n").Split('\n');
        var context = new ParseContext(path, lines, problems);
        var question = Parse(context, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        return new ParseResult(problems.Count == 0 ? question : null, problems);
    }

    private static Question? Parse(ParseContext cx, string hash)
    {
        var lines = cx.Lines;
        if (lines.Length == 0 || lines[0] != "---")
        {
            cx.Error(1, "front matter", "missing: the file must start with a '---' line, then YAML fields, then '---'");
            return null;
        }
        var close = Array.IndexOf(lines, "---", 1);
        if (close < 0)
        {
            cx.Error(1, "front matter", "never closed: no second '---' line");
            return null;
        }
        var front = FrontMatter.Read(string.Join('\n', lines[1..close]), 2, cx.Error);

        var blocks = MarkdownBlock.Split(lines, close + 1, lines.Length, (line, message) => cx.Error(line, "markdown", message));
        var sections = new Dictionary<string, (MarkdownBlock Heading, List<MarkdownBlock> Body)>();
        List<MarkdownBlock>? current = null;
        foreach (var block in blocks)
        {
            if (block is { Kind: MarkdownBlockKind.Heading, HeadingLevel: <= 2 })
            {
                current = null;
                if (block.HeadingLevel == 1 || !SectionNames.Contains(block.Text))
                    cx.Error(block.Line, "section", $"unknown section '{block.Text}' (sections are '## ' followed by one of: {string.Join(", ", SectionNames)})");
                else if (sections.ContainsKey(block.Text))
                    cx.Error(block.Line, block.Text, "section appears twice");
                else
                    sections[block.Text] = (block, current = []);
            }
            else if (current is null)
            {
                cx.Error(block.Line, "section", "content outside any '## ' section");
            }
            else
            {
                current.Add(block);
            }
        }

        foreach (var name in SectionNames.Where(n => n != "Exercise" && !sections.ContainsKey(n)))
            cx.Error(close + 1, name, $"required section '## {name}' is missing");

        List<MarkdownBlock> Body(string name) => sections.TryGetValue(name, out var s) ? s.Body : [];
        int Line(string name) => sections.TryGetValue(name, out var s) ? s.Heading.Line : close + 1;

        var prompt = SectionParsers.Prose(cx, "Question", Body("Question"), Line("Question"));
        var answer = SectionParsers.Prose(cx, "Answer", Body("Answer"), Line("Answer"));
        var keyPoints = SectionParsers.KeyPoints(cx, Body("Key points"));
        var followUps = SectionParsers.FollowUps(cx, Body("Follow-ups"));
        var pitfalls = SectionParsers.Pitfalls(cx, Body("Pitfalls"));
        var examples = SectionParsers.Examples(cx, Body("Examples"));
        // Option ids include the question id; without front matter there is no question to return anyway.
        var quiz = QuizParser.Items(cx, Body("Quiz"), front?.Id ?? "");
        var exercise = sections.TryGetValue("Exercise", out var ex) ? ExerciseParser.Parse(cx, ex.Body, ex.Heading.Line) : null;

        if (front is null || cx.Problems.Count > 0)
            return null;
        return new Question
        {
            Id = front.Id,
            Title = front.Title,
            Area = front.Area,
            Topic = front.Topic,
            Level = front.Level,
            Tags = front.Tags,
            Minutes = front.Minutes,
            Python = front.Python,
            Prompt = prompt,
            Answer = answer,
            KeyPoints = keyPoints,
            FollowUps = followUps,
            Pitfalls = pitfalls,
            Examples = examples,
            Quiz = quiz,
            Exercise = exercise,
            SourcePath = cx.Path,
            ContentHash = hash,
        };
    }
}
