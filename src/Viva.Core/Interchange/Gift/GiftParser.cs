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
            if (MoodleTextFormat.Names.Contains(name))
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
            throw new GiftSyntaxException(LineAt(closing + 1 + again), "a question has one answer block; this is a second '{' (questions are separated by blank lines)");
        if (FindUnescaped(after, "}", 0) is var stray and >= 0)
            throw new GiftSyntaxException(LineAt(closing + 1 + stray), "a '}' closes no answer block (write \\} for a literal brace)");

        var text = Unescape(raw[pos..open]).Trim();
        var textAfter = Unescape(after).Trim();
        var question = GiftAnswerBlock.Parse(raw[(open + 1)..closing], open + 1, LineAt, title, format, text, textAfter, category, firstLine, comments);
        if (question.Text.Length == 0 && question.Title.Length == 0)
            throw new GiftSyntaxException(firstLine, "the question has no text before its answers");
        return question;
    }

    internal static GiftQuestion Build(GiftKind kind, string title, string format, string text, string textAfter, IReadOnlyList<GiftAnswer> answers,
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

    internal static int SkipSpace(string s, int i)
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

    internal static List<string> SplitUnescaped(string s, char separator)
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

    [GeneratedRegex(@"\[(id|tag):([^\]]*)\]")]
    private static partial Regex IdOrTag();
}
