using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Viva.Core.Interchange.Moodle;

/// <summary>
/// The embedded answers of a Moodle cloze question: <c>{1:MULTICHOICE:=right#why~wrong#why}</c>, with
/// <c>%n%</c> weights and <c>\}</c>, <c>\~</c>, <c>\#</c> escapes. Each gap is one sub-question of a type
/// (<c>MULTICHOICE</c>, <c>MULTIRESPONSE</c>, <c>SHORTANSWER</c>, <c>NUMERICAL</c> and their short forms).
/// </summary>
internal static partial class MoodleCloze
{
    public sealed record Gap(int Start, int End, string Type, IReadOnlyList<(string Text, decimal Weight, string Feedback)> Answers);

    public static List<Gap> Gaps(string text) =>
        GapPattern().Matches(text).Select(m => new Gap(m.Index, m.Index + m.Length, m.Groups[2].Value.ToUpperInvariant(),
            SplitUnescaped(m.Groups[3].Value, '~').Select(Answer).ToList())).ToList();

    /// <summary>Whether the type asks for one choice, several choices, typed text or a number.</summary>
    public static string Kind(string type) => type switch
    {
        _ when type.StartsWith("MULTICHOICE", StringComparison.Ordinal) || type.StartsWith("MC", StringComparison.Ordinal) => "choice",
        _ when type.StartsWith("MULTIRESPONSE", StringComparison.Ordinal) || type.StartsWith("MR", StringComparison.Ordinal) => "multi",
        _ when type.StartsWith("SHORTANSWER", StringComparison.Ordinal) || type is "SA" or "MW" or "SAC" or "MWC" => "short",
        _ when type is "NUMERICAL" or "NM" => "numerical",
        _ => "",
    };

    private static (string Text, decimal Weight, string Feedback) Answer(string raw)
    {
        var weight = 0m;
        if (raw.StartsWith('='))
        {
            weight = 100;
            raw = raw[1..];
        }
        else if (WeightPattern().Match(raw) is { Success: true } w)
        {
            weight = decimal.Parse(w.Groups[1].Value, CultureInfo.InvariantCulture);
            raw = raw[w.Length..];
        }
        var parts = SplitUnescaped(raw, '#');
        return (Unescape(parts[0]).Trim(), weight, parts.Count > 1 ? Unescape(string.Join("#", parts.Skip(1))).Trim() : "");
    }

    private static List<string> SplitUnescaped(string text, char separator)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
                current.Append(text[i]).Append(text[++i]);
            else if (text[i] == separator)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
                current.Append(text[i]);
        }
        parts.Add(current.ToString());
        return parts;
    }

    private static string Unescape(string text) => EscapePattern().Replace(text, "$1");

    [GeneratedRegex(@"\{(\d*):([A-Za-z_]+):((?:\\.|[^\\}])*)\}")]
    private static partial Regex GapPattern();

    [GeneratedRegex(@"^%(-?\d+(?:\.\d+)?)%")]
    private static partial Regex WeightPattern();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex EscapePattern();
}
