using System.Net;
using System.Text.RegularExpressions;

namespace Viva.Core.Interchange.Anki;

/// <summary>
/// A foreign note's HTML as Markdown-ish text: line breaks, paragraphs, list items, code blocks, inline code,
/// bold and italics are kept as Markdown; every other tag is dropped and entities decoded. Images and sounds
/// have no place in a question file and are counted, so the importer can report them lost.
/// </summary>
internal static partial class AnkiHtml
{
    public static (string Text, bool LostFormatting, int Media) ToText(string html)
    {
        var media = Media().Count(html);
        var text = Media().Replace(html, "");
        text = PreCode().Replace(text, m => "\n```\n" + WebUtility.HtmlDecode(StripTags(m.Groups[1].Value)).Trim('\n') + "\n```\n");
        text = LineBreak().Replace(text, "\n");
        text = BlockEnd().Replace(text, "\n\n");
        text = ListItem().Replace(text, "\n- ");
        text = Code().Replace(text, "`");
        text = Bold().Replace(text, "**");
        text = Italic().Replace(text, "*");
        var lost = Tag().IsMatch(Structure().Replace(text, ""));
        var stripped = StripTags(text);
        text = WebUtility.HtmlDecode(stripped).Replace('\u00A0', ' ');
        text = ManyBreaks().Replace(text, "\n\n").Trim();
        return (text, lost, media);
    }

    /// <summary>The text alone, as Anki compares and sorts fields (its sort field and checksum).</summary>
    public static string Plain(string html) => WebUtility.HtmlDecode(StripTags(html)).Trim();

    private static string StripTags(string html) => Tag().Replace(html, "");

    [GeneratedRegex(@"<img\b[^>]*>|\[sound:[^\]]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex Media();
    [GeneratedRegex(@"<pre\b[^>]*>\s*(?:<code\b[^>]*>)?(.*?)(?:</code>)?\s*</pre>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex PreCode();
    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();
    [GeneratedRegex(@"</(?:p|div|h[1-6]|ul|ol)>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();
    [GeneratedRegex(@"<li\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();
    [GeneratedRegex(@"</?code\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Code();
    [GeneratedRegex(@"</?(?:b|strong)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Bold();
    [GeneratedRegex(@"</?(?:i|em)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Italic();
    /// <summary>Tags whose meaning the line breaks above already carry.</summary>
    [GeneratedRegex(@"</?(?:p|div|span|ul|ol|li|h[1-6])\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Structure();
    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
    [GeneratedRegex(@"[ \t]*\n(?:[ \t]*\n)+")]
    private static partial Regex ManyBreaks();
}
