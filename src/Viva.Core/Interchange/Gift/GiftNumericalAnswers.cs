using System.Globalization;
using static Viva.Core.Interchange.Gift.GiftParser;

namespace Viva.Core.Interchange.Gift;

/// <summary>
/// The answers of a numerical GIFT question, its block after <c>{#</c>: one number, with a tolerance (<c>3.14:0.01</c>)
/// or as a range (<c>1..5</c>), or several, each after '=' with an optional <c>%weight%</c>; a '~' ends them. Each
/// answer carries its value, tolerance and bounds, and errors name the line of the answer they are about.
/// </summary>
internal static class GiftNumericalAnswers
{
    public static List<GiftAnswer> Parse(string body, int offset, Func<int, int> lineAt)
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
            answers.Add(Answer(trimmed, 100, false, lineAt(offset)));
        else
        {
            foreach (var (_, part, at) in GiftAnswerBlock.Markers(trimmed, offset + body.IndexOf(trimmed, StringComparison.Ordinal), lineAt))
            {
                var (given, content) = GiftAnswerBlock.Weight(part, lineAt(at));
                answers.Add(Answer(content, given ?? 100, given is not null, lineAt(at)));
            }
        }
        if (other is not null)
            answers.Add(other);
        return answers;
    }

    private static GiftAnswer Answer(string content, decimal weight, bool explicitWeight, int line)
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
}
