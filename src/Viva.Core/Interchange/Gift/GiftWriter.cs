using System.Globalization;
using System.Text;

namespace Viva.Core.Interchange.Gift;

/// <summary>Writes GIFT text: every special character escaped, line breaks as <c>\n</c> so a question never holds a blank line.</summary>
public static class GiftWriter
{
    /// <summary>Escapes <c>\ ~ = # { } :</c> and writes line breaks as <c>\n</c>, the inverse of <see cref="GiftParser.Unescape"/>.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            switch (c)
            {
                case '\\' or '~' or '=' or '#' or '{' or '}' or ':':
                    sb.Append('\\').Append(c);
                    break;
                case '>' when sb.Length > 0 && sb[^1] == '-':
                    sb.Append("\\>");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>A weight as GIFT writes it: up to five decimals, invariant culture.</summary>
    public static string Weight(decimal percent) => Math.Round(percent, 5).ToString("0.#####", CultureInfo.InvariantCulture);

    /// <summary>The comment line Moodle reads an id number and tags from, or nothing when there are none.</summary>
    public static string MetaComment(string? idNumber, IEnumerable<string> tags)
    {
        var parts = new List<string>();
        if (idNumber is not null)
            parts.Add($"[id:{idNumber}]");
        parts.AddRange(tags.Select(t => $"[tag:{t}]"));
        return parts.Count == 0 ? "" : "// " + string.Join(' ', parts) + "\n";
    }
}
