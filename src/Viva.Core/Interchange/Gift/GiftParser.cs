using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Viva.Core.Bank;

namespace Viva.Core.Interchange.Gift;

/// <summary>
/// Parses Moodle's GIFT text format (docs.moodle.org/en/GIFT_format): comments, categories, titles,
/// text formats, escapes and every question type. Questions are separated by blank lines. The first
/// error stops the parse and names its line, so an importer can refuse the whole file.
/// </summary>
public static partial class GiftParser
{
    private static readonly string[] Formats = ["html", "moodle", "plain", "markdown"];

    public static GiftParseResult Parse(string path, byte[] bytes)
    {
        if (StrictUtf8.Decode(bytes, out var invalid) is not { } text)
            return Fail(path, invalid!.Line, $"the file is not valid UTF-8 (byte {invalid.Offset}); save it as UTF-8");
        try
        {
            return new GiftParseResult(new GiftDocument(ParseText(text.TrimStart('\uFEFF'))), null);
        }
        catch (GiftSyntaxException e)
        {
            return Fail(path, e.Line, e.Message);
        }
    }

    private static GiftParseResult Fail(string path, int line, string message) => new(null, new Problem(path, line, "gift", message));

    private static List<GiftQuestion> ParseText(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var questions = new List<GiftQuestion>();
        var category = "";
        var block = new StringBuilder();
        var blockLine = 0;
        var comments = new List<string>();
        var blockComments = new List<string>();

        void Flush()
        {
            if (block.Length > 0)
            {
                var raw = block.ToString();
                if (raw.TrimStart().StartsWith("$CATEGORY:", StringComparison.Ordinal))
                {
                    var rest = raw.TrimStart()["$CATEGORY:".Length..];
                    if (rest.Contains('\n', StringComparison.Ordinal) && rest[(rest.IndexOf('\n', StringComparison.Ordinal) + 1)..].Trim().Length > 0)
                        throw new GiftSyntaxException(blockLine, "a $CATEGORY: line must stand alone, followed by a blank line");
                    category = rest.Trim();
                    if (category.Length == 0)
                        throw new GiftSyntaxException(blockLine, "$CATEGORY: names no category");
                }
                else
                {
                    questions.Add(Question(raw, blockLine, category, blockComments));
                }
            }
            block.Clear();
            blockComments = [];
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                comments.Add(trimmed[2..]);
                continue;
            }
            if (trimmed.Length == 0)
            {
                Flush();
                continue;
            }
            if (block.Length == 0)
            {
                blockLine = i + 1;
                blockComments = comments;
                comments = [];
            }
            else
            {
                block.Append('\n');
            }
            block.Append(line);
        }
        Flush();
        if (questions.Count == 0)
            throw new GiftSyntaxException(1, "the file holds no GIFT questions");
        return questions;
    }

    private static GiftQuestion Question(string raw, int firstLine, string category, List<string> comments)
    {
        int LineAt(int offset) => firstLine + raw.AsSpan(0, Math.Min(offset, raw.Length)).Count('\n');

        var pos = SkipSpace(raw, 0);
        var title = "";
        if (raw.AsSpan(pos).StartsWith("::"))
        {
            var end = FindUnescaped(raw, "::", pos + 2);
            if (end < 0)
                throw new GiftSyntaxException(LineAt(pos), "the question title opened with '::' is never closed with '::'");
            title = Unescape(raw[(pos + 2)..end]).Trim();
            pos = SkipSpace(raw, end + 2);
        }
        var format = "moodle";
        if (pos < raw.Length && raw[pos] == '[')
        {
            var close = raw.IndexOf(']', pos);
            var name = close > 0 ? raw[(pos + 1)..close] : "";
            if (Formats.Contains(name))
            {
                format = name;
                pos = close + 1;
            }
        }

        var open = FindUnescaped(raw, "{", pos);
        var strayClose = FindUnescaped(raw, "}", pos);
        if (strayClose >= 0 && (open < 0 || strayClose < open))
            throw new GiftSyntaxException(LineAt(strayClose), "a '}' closes no answer block (write \\} for a literal brace)");
        if (open < 0)
        {
            var description = Unescape(raw[pos..]).Trim();
            if (description.Length == 0)
                throw new GiftSyntaxException(firstLine, "the question has a title but no text");
            return Build(GiftKind.Description, title, format, description, "", [], "", category, firstLine, comments);
        }
        var closing = FindUnescaped(raw, "}", open + 1);
        var nested = FindUnescaped(raw, "{", open + 1);
        if (closing < 0 || (nested >= 0 && nested < closing))
            throw new GiftSyntaxException(LineAt(open), $"the answer block opened with '{{' on line {LineAt(open)} is never closed (questions are separated by blank lines; write \\{{ for a literal brace)");
        var after = raw[(closing + 1)..];
        if (FindUnescaped(after, "{", 0) is var again and >= 0)
            throw new GiftSyntaxException(LineAt(closing + 1 + again), "a question has one answer block; this is a second '{'");
        if (FindUnescaped(after, "}", 0) is var stray and >= 0)
            throw new GiftSyntaxException(LineAt(closing + 1 + stray), "a '}' closes no answer block (write \\} for a literal brace)");

        var text = Unescape(raw[pos..open]).Trim();
        var textAfter = Unescape(after).Trim();
        var question = Answers(raw[(open + 1)..closing], open + 1, LineAt, title, format, text, textAfter, category, firstLine, comments);
        if (question.Text.Length == 0 && question.Title.Length == 0)
            throw new GiftSyntaxException(firstLine, "the question has no text before its answers");
        return question;
    }

    private static GiftQuestion Answers(string body, int bodyOffset, Func<int, int> lineAt, string title, string format, string text,
        string textAfter, string category, int line, List<string> comments)
    {
        var general = "";
        var generalAt = FindUnescaped(body, "####", 0);
        if (generalAt >= 0)
        {
            general = Unescape(body[(generalAt + 4)..]).Trim();
            body = body[..generalAt];
        }
        var trimmed = body.Trim();
        var start = bodyOffset + body.IndexOf(trimmed, StringComparison.Ordinal);
        if (trimmed.Length == 0)
        {
            if (textAfter.Length > 0)
                throw new GiftSyntaxException(lineAt(start), "an empty answer block (an essay) must end the question");
            return Build(GiftKind.Essay, title, format, text, "", [], general, category, line, comments);
        }

        if (TrueFalse().Match(trimmed) is { Success: true } tf)
        {
            var feedbacks = SplitUnescaped(trimmed[tf.Length..], '#');
            if (feedbacks.Count > 3 || feedbacks[0].Trim().Length > 0)
                throw new GiftSyntaxException(lineAt(start), "a true/false answer is {T} or {F}, then at most two #feedbacks");
            var value = char.ToUpperInvariant(trimmed[0]) == 'T';
            return Build(GiftKind.TrueFalse, title, format, text, textAfter, [], general, category, line, comments) with
            {
                TrueFalseAnswer = value,
                TrueFalseWrongFeedback = feedbacks.Count > 1 ? Unescape(feedbacks[1]).Trim() : "",
                TrueFalseRightFeedback = feedbacks.Count > 2 ? Unescape(feedbacks[2]).Trim() : "",
            };
        }

        if (trimmed[0] == '#')
            return Build(GiftKind.Numerical, title, format, text, textAfter, Numerical(trimmed[1..], start + 1, lineAt), general, category, line, comments);

        var answers = new List<GiftAnswer>();
        var sawTilde = false;
        var sawEquals = false;
        var pairs = 0;
        foreach (var (marker, part, offset) in Markers(trimmed, start, lineAt))
        {
            var at = lineAt(offset);
            sawTilde |= marker == '~';
            sawEquals |= marker == '=';
            var content = part;
            decimal weight = marker == '=' ? 100 : 0;
            var explicitWeight = false;
            if (WeightPrefix().Match(content) is { Success: true } w)
            {
                if (!decimal.TryParse(w.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || weight is < -100 or > 100)
                    throw new GiftSyntaxException(at, $"answer weight '%{w.Groups[1].Value}%' must be a percentage from -100 to 100");
                explicitWeight = true;
                content = content[w.Length..];
            }
            var feedbackAt = FindUnescaped(content, "#", 0);
            var feedback = feedbackAt >= 0 ? Unescape(content[(feedbackAt + 1)..]).Trim() : "";
            var answerText = feedbackAt >= 0 ? content[..feedbackAt] : content;
            var arrow = FindUnescaped(answerText, "->", 0);
            string? matchTo = null;
            if (arrow >= 0)
            {
                if (marker != '=')
                    throw new GiftSyntaxException(at, "'->' pairs matching answers, which start with '='; this answer starts with '~'");
                matchTo = Unescape(answerText[(arrow + 2)..]).Trim();
                answerText = answerText[..arrow];
                pairs++;
            }
            var unescaped = Unescape(answerText).Trim();
            if (unescaped.Length == 0 && matchTo is null)
                throw new GiftSyntaxException(at, $"an answer after '{marker}' is empty");
            answers.Add(new GiftAnswer(unescaped, weight, explicitWeight, feedback, at) { MatchTo = matchTo });
        }

        if (pairs > 0)
        {
            if (pairs != answers.Count)
                throw new GiftSyntaxException(answers.First(a => a.MatchTo is null).Line, "a stray '->': in a matching question every answer is '=item -> match'; this one has no '->'");
            if (answers.Count(a => a.Text.Length > 0) < 2 && answers.Count < 3)
                throw new GiftSyntaxException(answers[0].Line, "a matching question needs at least three pairs, or two with a distractor");
            return Build(GiftKind.Matching, title, format, text, textAfter, answers, general, category, line, comments);
        }
        if (!sawTilde)
            return Build(GiftKind.ShortAnswer, title, format, text, textAfter, answers, general, category, line, comments);

        var positive = answers.Where(a => a.Weight > 0).ToList();
        if (positive.Count == 0)
            throw new GiftSyntaxException(answers[0].Line, "no answer is right: mark one with '=' or give a positive '%weight%'");
        if (!sawEquals && positive.Count > 1)
        {
            var sum = positive.Sum(a => a.Weight);
            if (Math.Abs(sum - 100) > 0.5m)
                throw new GiftSyntaxException(answers[0].Line, $"the positive weights of a multiple-answer question must sum to 100, not {sum.ToString(CultureInfo.InvariantCulture)}");
            return Build(GiftKind.MultipleAnswers, title, format, text, textAfter, answers, general, category, line, comments);
        }
        return Build(GiftKind.MultipleChoice, title, format, text, textAfter, answers, general, category, line, comments);
    }

    private static List<GiftAnswer> Numerical(string body, int offset, Func<int, int> lineAt)
    {
        var trimmed = body.Trim();
        if (trimmed.Length == 0)
            throw new GiftSyntaxException(lineAt(offset), "a numerical answer '{#' needs a number");
        if (trimmed[0] is not ('=' or '~'))
            return [NumericalAnswer(trimmed, 100, false, lineAt(offset))];
        var answers = new List<GiftAnswer>();
        foreach (var (marker, part, at) in Markers(trimmed, offset + body.IndexOf(trimmed, StringComparison.Ordinal), lineAt))
        {
            if (marker == '~')
                throw new GiftSyntaxException(lineAt(at), "numerical answers start with '=' ('~' has no meaning there)");
            var content = part;
            decimal weight = 100;
            var explicitWeight = false;
            if (WeightPrefix().Match(content) is { Success: true } w)
            {
                if (!decimal.TryParse(w.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || weight is < -100 or > 100)
                    throw new GiftSyntaxException(lineAt(at), $"answer weight '%{w.Groups[1].Value}%' must be a percentage from -100 to 100");
                explicitWeight = true;
                content = content[w.Length..];
            }
            answers.Add(NumericalAnswer(content, weight, explicitWeight, lineAt(at)));
        }
        return answers;
    }

    private static GiftAnswer NumericalAnswer(string content, decimal weight, bool explicitWeight, int line)
    {
        var feedbackAt = FindUnescaped(content, "#", 0);
        var feedback = feedbackAt >= 0 ? Unescape(content[(feedbackAt + 1)..]).Trim() : "";
        var spec = (feedbackAt >= 0 ? content[..feedbackAt] : content).Trim();
        decimal Number(string s) =>
            decimal.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? d
                : throw new GiftSyntaxException(line, $"'{spec}' is not a numerical answer: '{s.Trim()}' is not a number (write 3.14, 3.14:0.01 or 1..5)");
        var range = spec.IndexOf("..", StringComparison.Ordinal);
        if (range >= 0)
        {
            var min = Number(spec[..range]);
            var max = Number(spec[(range + 2)..]);
            if (min > max)
                throw new GiftSyntaxException(line, $"the range '{spec}' ends below its start");
            return new GiftAnswer(spec, weight, explicitWeight, feedback, line) { Min = min, Max = max, Value = (min + max) / 2, Tolerance = (max - min) / 2 };
        }
        var colon = FindUnescaped(spec, ":", 0);
        var value = Number(colon >= 0 ? spec[..colon] : spec);
        var tolerance = colon >= 0 ? Number(spec[(colon + 1)..]) : 0;
        if (tolerance < 0)
            throw new GiftSyntaxException(line, $"the tolerance in '{spec}' is negative");
        return new GiftAnswer(spec, weight, explicitWeight, feedback, line) { Value = value, Tolerance = tolerance, Min = value - tolerance, Max = value + tolerance };
    }

    /// <summary>Splits an answer list at each unescaped '=' or '~', giving the marker, the rest and its offset.</summary>
    private static List<(char Marker, string Part, int Offset)> Markers(string body, int offset, Func<int, int> lineAt)
    {
        var result = new List<(char, string, int)>();
        var starts = new List<int>();
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\')
                i++;
            else if (body[i] is '=' or '~')
                starts.Add(i);
        }
        if (starts.Count == 0 || body[..starts[0]].Trim().Length > 0)
            throw new GiftSyntaxException(lineAt(offset), $"answers start with '=' (right) or '~' (wrong); found '{body.Trim().Split('\n')[0]}'");
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : body.Length;
            result.Add((body[starts[k]], body[(starts[k] + 1)..end], offset + starts[k]));
        }
        return result;
    }

    private static GiftQuestion Build(GiftKind kind, string title, string format, string text, string textAfter, IReadOnlyList<GiftAnswer> answers,
        string general, string category, int line, List<string> comments)
    {
        string? id = null;
        var tags = new List<string>();
        foreach (var comment in comments)
        {
            foreach (Match m in IdOrTag().Matches(comment))
            {
                if (m.Groups[1].Value == "id")
                    id = m.Groups[2].Value.Trim();
                else
                    tags.Add(m.Groups[2].Value.Trim());
            }
        }
        return new GiftQuestion(kind, title, format, text, textAfter, answers, general, category, line) { IdNumber = id, Tags = tags };
    }

    private static int SkipSpace(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
            i++;
        return i;
    }

    /// <summary>The first occurrence of <paramref name="token"/> at or after <paramref name="from"/> that no backslash escapes.</summary>
    internal static int FindUnescaped(string s, string token, int from)
    {
        for (var i = from; i < s.Length; i++)
        {
            if (s[i] == '\\')
            {
                i++;
                continue;
            }
            if (string.CompareOrdinal(s, i, token, 0, token.Length) == 0)
                return i;
        }
        return -1;
    }

    private static List<string> SplitUnescaped(string s, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\')
                i++;
            else if (s[i] == separator)
            {
                parts.Add(s[start..i]);
                start = i + 1;
            }
        }
        parts.Add(s[start..]);
        return parts;
    }

    /// <summary>
    /// Resolves GIFT's escapes: <c>\~ \= \# \{ \} \:</c> stand for the character, <c>\n</c> for a line break, <c>\\</c> for a
    /// backslash, and <c>\&gt;</c> for '&gt;' (Markdown's own escape, which Viva writes in <c>-&gt;</c> so Moodle does not read a matching pair).
    /// </summary>
    public static string Unescape(string s)
    {
        if (!s.Contains('\\', StringComparison.Ordinal))
            return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                var next = s[i + 1];
                if (next is '~' or '=' or '#' or '{' or '}' or ':' or '\\' or '>')
                {
                    sb.Append(next);
                    i++;
                    continue;
                }
                if (next == 'n')
                {
                    sb.Append('\n');
                    i++;
                    continue;
                }
            }
            sb.Append(s[i]);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^(?i:TRUE|FALSE|T|F)(?=\s*(#|$))")]
    private static partial Regex TrueFalse();

    [GeneratedRegex(@"^\s*%([^%]*)%")]
    private static partial Regex WeightPrefix();

    [GeneratedRegex(@"\[(id|tag):([^\]]*)\]")]
    private static partial Regex IdOrTag();
}
