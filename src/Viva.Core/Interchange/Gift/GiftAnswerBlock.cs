using System.Globalization;
using System.Text.RegularExpressions;
using static Viva.Core.Interchange.Gift.GiftParser;
using static Viva.Core.Interchange.Gift.MoodleTextFormat;

namespace Viva.Core.Interchange.Gift;

/// <summary>
/// The answer block of a GIFT question, between its braces: decides the question's kind from the block's
/// shape (true/false, numerical, matching, short answer, multiple choice or answers, essay) and parses its
/// answers with weights and feedback (a numerical block's by <see cref="GiftNumericalAnswers"/>). Errors name the line
/// of the answer they are about.
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
            general = WithoutMarker(Unescape(body[(generalAt + 4)..]).Trim());
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
                TrueFalseWrongFeedback = feedbacks.Count > 1 ? WithoutMarker(Unescape(feedbacks[1]).Trim()) : "",
                TrueFalseRightFeedback = feedbacks.Count > 2 ? WithoutMarker(Unescape(feedbacks[2]).Trim()) : "",
            };
        }

        if (trimmed[0] == '#')
            return Build(GiftKind.Numerical, title, format, text, textAfter, GiftNumericalAnswers.Parse(trimmed[1..], start + 1, lineAt), general, category, line, comments);

        var answers = new List<GiftAnswer>();
        var sawTilde = false;
        var sawEquals = false;
        var pairs = 0;
        foreach (var (marker, part, offset) in Markers(trimmed, start, lineAt))
        {
            var at = lineAt(offset);
            sawTilde |= marker == '~';
            sawEquals |= marker == '=';
            var (given, content) = Weight(part, at);
            var weight = given ?? (marker == '=' ? 100 : 0);
            var explicitWeight = given is not null;
            var feedbackAt = FindUnescaped(content, "#", 0);
            var feedback = feedbackAt >= 0 ? WithoutMarker(Unescape(content[(feedbackAt + 1)..]).Trim()) : "";
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
            var unescaped = WithoutMarker(Unescape(answerText).Trim());
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

    /// <summary>Splits an answer list at each unescaped '=' or '~', giving the marker, the rest and its offset.</summary>
    internal static List<(char Marker, string Part, int Offset)> Markers(string body, int offset, Func<int, int> lineAt)
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

    /// <summary>An answer's leading <c>%weight%</c>, a percentage from -100 to 100, when it has one; and the answer after it.</summary>
    internal static (decimal? Weight, string Answer) Weight(string answer, int line)
    {
        if (WeightPrefix().Match(answer) is not { Success: true } w)
            return (null, answer);
        if (!decimal.TryParse(w.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || weight is < -100 or > 100)
            throw new GiftSyntaxException(line, $"answer weight '%{w.Groups[1].Value}%' must be a percentage from -100 to 100");
        return (weight, answer[w.Length..]);
    }

    [GeneratedRegex(@"^(?i:TRUE|FALSE|T|F)(?=\s*(#|$))")]
    private static partial Regex TrueFalse();

    [GeneratedRegex(@"^\s*%([^%]*)%")]
    private static partial Regex WeightPrefix();
}
