using System.Net;
using System.Text.RegularExpressions;

namespace Viva.Core.Interchange.Moodle;

/// <summary>
/// Turns the HTML of a foreign Moodle question into the Markdown the bank holds: paragraphs, line breaks,
/// code, preformatted blocks, bold, italics and list items carry over; any other tag is dropped, and the
/// caller is told so it can report the loss.
/// </summary>
internal static partial class MoodleHtml
{
    public static (string Markdown, bool Lossy) ToMarkdown(string html)
    {
        var lossy = false;
        var text = Pre().Replace(html, m => $"\n\n```\n{WebUtility.HtmlDecode(Tag().Replace(m.Groups[1].Value, "")).Trim('\n')}\n```\n\n");
        text = Tag().Replace(text, m => m.Groups[2].Value.ToLowerInvariant() switch
        {
            "p" or "div" => m.Groups[1].Length > 0 ? "\n\n" : "",
            "br" => "\n",
            "code" or "tt" => "`",
            "strong" or "b" => "**",
            "em" or "i" => "*",
            "li" => m.Groups[1].Length > 0 ? "\n" : "\n- ",
            "ul" or "ol" => "\n",
            "span" => "",
            _ => Lost(ref lossy),
        });
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        return (Blank().Replace(text, "\n\n").Trim(), lossy);
    }

    private static string Lost(ref bool lossy)
    {
        lossy = true;
        return "";
    }

    [GeneratedRegex(@"<pre[^>]*>(.*?)</pre>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Pre();

    [GeneratedRegex(@"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\n[ \t]*\n(\s*\n)+")]
    private static partial Regex Blank();
}
