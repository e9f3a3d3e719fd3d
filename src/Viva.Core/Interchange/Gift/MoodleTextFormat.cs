namespace Viva.Core.Interchange.Gift;

/// <summary>
/// Moodle's text formats, as GIFT marks them (<c>[html]</c>, <c>[moodle]</c>, <c>[plain]</c>, <c>[markdown]</c> before a
/// text) and Moodle XML names them (<c>format="html"</c>). The bank holds Markdown, so HTML is reduced to it and what
/// that drops is reported; the other formats are kept as written.
/// </summary>
internal static class MoodleTextFormat
{
    public static readonly string[] Names = ["html", "moodle", "plain", "markdown"];

    /// <summary>The loss reported once for a question whose HTML lost formatting or media on its way to Markdown.</summary>
    public const string LostHtml = "HTML formatting beyond paragraphs, code, emphasis and lists";

    /// <summary>An answer's or a feedback's text without the <c>[format]</c> Moodle lets each of them begin with.</summary>
    public static string WithoutMarker(string text)
    {
        var close = text.StartsWith('[') ? text.IndexOf(']', StringComparison.Ordinal) : -1;
        return close > 0 && Names.Contains(text[1..close]) ? text[(close + 1)..].TrimStart() : text;
    }

    /// <summary>A <c>[html]</c> question's texts as Markdown, the bank's format, and whether that dropped formatting or media.</summary>
    public static (GiftQuestion Question, bool Lost) ToMarkdown(GiftQuestion g)
    {
        if (g.Format != "html")
            return (g, false);
        var lost = new List<string>();
        string Markdown(string html) => ToMarkdown(html, g.Format, lost);
        var question = g with
        {
            Format = "markdown",
            Text = Markdown(g.Text),
            TextAfter = Markdown(g.TextAfter),
            GeneralFeedback = Markdown(g.GeneralFeedback),
            TrueFalseWrongFeedback = Markdown(g.TrueFalseWrongFeedback),
            TrueFalseRightFeedback = Markdown(g.TrueFalseRightFeedback),
            Answers = g.Answers.Select(a => a with { Text = Markdown(a.Text), Feedback = Markdown(a.Feedback) }).ToList(),
        };
        return (question, lost.Count > 0);
    }

    /// <summary>Markdown from a text in <paramref name="format"/>: HTML is reduced to Markdown (adding <see cref="LostHtml"/> to <paramref name="lost"/> once if that dropped anything), any other format kept as written.</summary>
    public static string ToMarkdown(string text, string format, List<string> lost)
    {
        if (format != "html")
            return text;
        // An embedded image is lost formatting here; Moodle XML reports the file it names apart.
        var (markdown, lossy, media) = ForeignHtml.ToMarkdown(text);
        if ((lossy || media > 0) && !lost.Contains(LostHtml))
            lost.Add(LostHtml);
        return markdown;
    }
}
