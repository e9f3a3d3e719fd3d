using System.Globalization;
using System.Text.RegularExpressions;
using static Viva.Core.Interchange.Gift.GiftParser;

namespace Viva.Core.Interchange.Gift;

/// <summary>
/// The answer block of a GIFT question, between its braces: decides the question's kind from the block's
/// shape (true/false, numerical, matching, short answer, multiple choice or answers, essay) and parses its
/// answers with weights and feedback. Errors name the line of the answer they are about.
/// </summary>
internal static partial class GiftAnswerBlock
{
    internal static GiftQuestion Parse(string body, int bodyOffset, Func<int, int> lineAt, string title, string format, string text,
        string textAfter, string category, int line, List<string> comments)
    {
        var general = "";
        var generalAt = FindUnescaped(body, "####", 0);
        if (generalAt >= 0)
        {
            general = WithoutFormat(Unescape(body[(generalAt + 4)..]).Trim());
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
                TrueFalseWrongFeedback = feedbacks.Count > 1 ? WithoutFormat(Unescape(feedbacks[1]).Trim()) : "",
                TrueFalseRightFeedback = feedbacks.Count > 2 ? WithoutFormat(Unescape(feedbacks[2]).Trim()) : "",
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
            var feedback = feedbackAt >= 0 ? WithoutFormat(Unescape(content[(feedbackAt + 1)..]).Trim()) : "";
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
            var unescaped = WithoutFormat(Unescape(answerText).Trim());
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
        // As Moodle reads it, a '~' ends the answers: what follows is the feedback for any other number (a '*' answer worth 0).
        var tilde = FindUnescaped(body, "~", 0);
        GiftAnswer? other = null;
        if (tilde >= 0)
        {
            var rest = body[(tilde + 1)..];
            var feedbackAt = FindUnescaped(rest, "#", 0);
            other = new GiftAnswer("*", 0, false, feedbackAt >= 0 ? Unescape(rest[(feedbackAt + 1)..]).Trim() : "", lineAt(offset + tilde));
            body = body[..tilde];
        }
        var trimmed = body.Trim();
        if (trimmed.Length == 0)
            throw new GiftSyntaxException(lineAt(offset), "a numerical answer '{#' needs a number");
        var answers = new List<GiftAnswer>();
        if (trimmed[0] != '=')
            answers.Add(NumericalAnswer(trimmed, 100, false, lineAt(offset)));
        else
        {
            foreach (var (_, part, at) in Markers(trimmed, offset + body.IndexOf(trimmed, StringComparison.Ordinal), lineAt))
            {
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
        }
        if (other is not null)
            answers.Add(other);
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

    [GeneratedRegex(@"^(?i:TRUE|FALSE|T|F)(?=\s*(#|$))")]
    private static partial Regex TrueFalse();

    [GeneratedRegex(@"^\s*%([^%]*)%")]
    private static partial Regex WeightPrefix();
}
