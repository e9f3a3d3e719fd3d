using System.Globalization;
using System.Text;

namespace Viva.Core.Bank;

/// <summary>
/// Writes a <see cref="Question"/> in the canonical form of the bank format: parsing a canonical file
/// and writing it back gives the same bytes, and <c>viva fmt</c> brings any file to that form.
/// </summary>
public static class QuestionWriter
{
    public static string Write(Question q)
    {
        var w = new StringBuilder();
        w.Append("---\n");
        w.Append("id: ").Append(Yaml(q.Id)).Append('\n');
        w.Append("title: ").Append(Yaml(q.Title)).Append('\n');
        w.Append("area: ").Append(Yaml(q.Area)).Append('\n');
        w.Append("topic: ").Append(Yaml(q.Topic)).Append('\n');
        w.Append("level: ").Append(q.Level.ToString().ToLowerInvariant()).Append('\n');
        w.Append("tags: [").AppendJoin(", ", q.Tags.Select(Yaml)).Append("]\n");
        w.Append("minutes: ").Append(q.Minutes.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (!q.Python.IsAny)
            w.Append("python: ").Append(Yaml(q.Python.Text)).Append('\n');
        w.Append("---\n");

        Heading(w, 2, "Question");
        Block(w, q.Prompt.Markdown);
        Heading(w, 2, "Answer");
        Block(w, q.Answer.Markdown);
        Heading(w, 2, "Key points");
        Block(w, string.Join('\n', q.KeyPoints.Select(k => Bullet($"[{k.Weight}] {k.Text}"))));
        Heading(w, 2, "Follow-ups");
        foreach (var f in q.FollowUps)
        {
            Heading(w, 3, f.Question);
            Block(w, f.Answer);
        }
        Heading(w, 2, "Pitfalls");
        Block(w, string.Join('\n', q.Pitfalls.Select(p => Bullet(p.Text))));
        Heading(w, 2, "Examples");
        foreach (var e in q.Examples)
        {
            Heading(w, 3, e.Title);
            Meta(w, e.Python);
            Block(w, e.Prose);
            Fence(w, "python", e.Code.Code);
            Fence(w, "output", e.Output.Code);
        }
        Heading(w, 2, "Quiz");
        foreach (var item in q.Quiz)
            QuizItem(w, item);
        if (q.Exercise is { } x)
        {
            Heading(w, 2, "Exercise");
            Heading(w, 3, "Prompt");
            Block(w, x.Prompt.Markdown);
            Heading(w, 3, "Starter");
            Fence(w, "python", x.Starter.Code);
            Heading(w, 3, "Solution");
            Fence(w, "python", x.Solution.Code);
            Heading(w, 3, "Tests");
            foreach (var t in x.Tests)
            {
                Heading(w, 4, t.Name);
                Fence(w, "python", t.Code.Code);
                Fence(w, "json", t.Expected.Code);
            }
            if (x.WrongSolutions.Count > 0)
                Heading(w, 3, "Wrong solutions");
            foreach (var wrong in x.WrongSolutions)
            {
                Heading(w, 4, wrong.Mistake);
                Block(w, wrong.Notes);
                Fence(w, "python", wrong.Code.Code);
            }
        }
        return w.ToString();
    }

    private static void QuizItem(StringBuilder w, QuizItem item)
    {
        Heading(w, 3, $"{item.Kind}: {item.Title}");
        Meta(w, item.Python);
        switch (item)
        {
            case PredictItem p:
                Block(w, p.Prose);
                Fence(w, "python", p.Code.Code);
                Fence(w, "output", p.Output.Code);
                Block(w, p.Explanation);
                break;
            case ChoiceItem c:
                Block(w, c.Stem);
                Block(w, string.Join('\n', c.Options.Select(o => Bullet($"[{(o.Correct ? 'x' : ' ')}] {o.Text}\n{o.Explanation}"))));
                break;
        }
    }

    private static void Heading(StringBuilder w, int level, string text) =>
        w.Append('\n').Append('#', level).Append(' ').Append(text).Append('\n');

    private static void Meta(StringBuilder w, PythonRange range)
    {
        if (!range.IsAny)
            Block(w, $"> python: {range.Text}");
    }

    private static void Block(StringBuilder w, string markdown)
    {
        if (markdown.Length > 0)
            w.Append('\n').Append(markdown).Append('\n');
    }

    private static void Fence(StringBuilder w, string info, string code)
    {
        var longest = code.Split('\n').Select(MarkdownBlock.FenceLength).DefaultIfEmpty(0).Max();
        var ticks = new string('`', Math.Max(3, longest + 1));
        w.Append('\n').Append(ticks).Append(info).Append('\n');
        if (code.Length > 0)
            w.Append(code).Append('\n');
        w.Append(ticks).Append('\n');
    }

    /// <summary>A list item: the first line after '- ', the rest indented by two spaces (blank lines stay blank).</summary>
    private static string Bullet(string text) =>
        "- " + string.Join('\n', text.TrimEnd('\n').Split('\n').Select((l, i) => i == 0 || l.Length == 0 ? l : "  " + l));

    /// <summary>Plain YAML scalars where they are unambiguous, double-quoted otherwise.</summary>
    internal static string Yaml(string value)
    {
        var plain = value.Length > 0
            && (char.IsAsciiLetterOrDigit(value[0]) || value[0] == '_')
            && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal)
            && !value.EndsWith(':') && value.Trim() == value
            && value.All(c => c >= ' ' && c != '"' && c != '\\' && c != '[' && c != ']' && c != '{' && c != '}' && c != ',' && c != '`' && c != '\'')
            && value is not ("true" or "false" or "null" or "yes" or "no" or "on" or "off" or "~")
            && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        return plain ? value : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
