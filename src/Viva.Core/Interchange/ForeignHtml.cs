using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Viva.Core.Interchange;

/// <summary>
/// The HTML of a foreign question (a Moodle text, an Anki field) as the Markdown the bank holds: paragraphs,
/// headings, line breaks, preformatted blocks, inline code, bold, italics and list items carry over; any other tag
/// is dropped and the caller told, so it can report the loss. Images and sounds have no place in a question file:
/// they are removed and counted.
/// </summary>
internal static partial class ForeignHtml
{
    public static (string Markdown, bool LostFormatting, int Media) ToMarkdown(string html)
    {
        var lost = false;
        var media = Media().Count(html);
        var text = Media().Replace(html, "");
        // Preformatted text is set aside until the end, so no later step reads its code as tags, entities or blank lines;
        // a <br> in it ends a line (Moodle's editor writes one where the author pressed Enter).
        var blocks = new List<string>();
        text = Pre().Replace(text, m =>
        {
            blocks.Add(Plain(Br().Replace(m.Groups[1].Value, "\n")).Trim('\n'));
            return $"\n\n\u0001{blocks.Count - 1}\u0001\n\n";
        });
        text = Tag().Replace(text, m => m.Groups[2].Value.ToLowerInvariant() switch
        {
            "p" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => m.Groups[1].Length > 0 ? "\n\n" : "",
            "br" => "\n",
            "code" or "tt" => "`",
            "strong" or "b" => "**",
            "em" or "i" => "*",
            "li" => m.Groups[1].Length > 0 ? "\n" : "\n- ",
            "ul" or "ol" => "\n",
            "span" => "",
            _ => Lost(ref lost),
        });
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        text = Blank().Replace(text, "\n\n").Trim();
        return (Block().Replace(text, m => $"```\n{blocks[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]}\n```"), lost, media);
    }

    /// <summary>The text alone, every tag dropped and entities decoded (Anki sorts and checksums fields by it).</summary>
    public static string Plain(string html) => WebUtility.HtmlDecode(Tag().Replace(html, ""));

    private static string Lost(ref bool lost)
    {
        lost = true;
        return "";
    }

    [GeneratedRegex(@"<img\b[^>]*>|\[sound:[^\]]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex Media();

    [GeneratedRegex(@"<pre[^>]*>(.*?)</pre>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Pre();

    [GeneratedRegex("\u0001([0-9]+)\u0001")]
    private static partial Regex Block();

    [GeneratedRegex(@"<br\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Br();

    [GeneratedRegex(@"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t]*\n(?:[ \t]*\n)+")]
    private static partial Regex Blank();
}
