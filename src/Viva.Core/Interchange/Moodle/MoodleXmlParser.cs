using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Viva.Core.Interchange.Moodle;

/// <summary>
/// Reads a Moodle XML file into <see cref="MoodleQuestion"/>s. The file comes from outside, so the reader
/// refuses any DTD (no entity can expand into a billion laughs, and none can name a file or URL to read),
/// resolves nothing, and caps the document's size; the first problem is one error naming file and line.
/// </summary>
public static class MoodleXmlParser
{
    /// <summary>Far above any question bank (Viva's own export is about 2 million characters).</summary>
    public const long DefaultMaxCharacters = 64L * 1024 * 1024;

    public static MoodleXmlParseResult Parse(string path, byte[] bytes, long maxCharacters = DefaultMaxCharacters)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            // The reader refuses a DTD without saying where it is; it is where "<!DOCTYPE" is.
            var line = e.LineNumber > 0 ? e.LineNumber : LineOf(bytes, "<!DOCTYPE"u8);
            return new(null, $"{path}:{line}: xml: {Reason(e)} (nothing read)");
        }
        var root = document.Root!;
        if (root.Name.LocalName != "quiz")
            return new(null, $"{path}:{Line(root)}: xml: the root element is <{root.Name.LocalName}>, not Moodle's <quiz>");

        var questions = new List<MoodleQuestion>();
        var category = "";
        foreach (var q in root.Elements("question"))
        {
            var type = (string?)q.Attribute("type");
            if (type is null)
                return new(null, $"{path}:{Line(q)}: xml: a <question> without its type attribute");
            if (type == "category")
            {
                category = Text(q.Element("category"));
                continue;
            }
            var text = q.Element("questiontext");
            questions.Add(new MoodleQuestion(type, Text(q.Element("name")).Trim(), Text(text), FormatOf(text),
                Text(q.Element("generalfeedback")), category, Line(q))
            {
                Answers = q.Elements("answer").Select(a => new MoodleAnswer(Text(a), FormatOf(a), Fraction(a), Text(a.Element("feedback")), FormatOf(a.Element("feedback")))).ToList(),
                Tags = q.Element("tags")?.Elements("tag").Select(t => Text(t).Trim()).Where(t => t.Length > 0).ToList() ?? [],
                Fields = Fields(q),
                TestCases = q.Element("testcases")?.Elements("testcase").Select(TestCase).ToList() ?? [],
                IdNumber = q.Element("idnumber")?.Value is { Length: > 0 } id ? id : null,
                Files = q.Descendants("file").Count(),
            });
        }
        return new(questions, null);
    }

    /// <summary>The question's plain child elements by name, and the format of each that has one as <c>name@format</c>.</summary>
    private static Dictionary<string, string> Fields(XElement q)
    {
        var fields = new Dictionary<string, string>();
        foreach (var e in q.Elements().Where(e => e.Name.LocalName is not ("answer" or "tags" or "testcases")))
        {
            fields.TryAdd(e.Name.LocalName, Text(e));
            if (e.Attribute("format") is { } format)
                fields.TryAdd(e.Name.LocalName + "@format", format.Value);
        }
        return fields;
    }

    private static string FormatOf(XElement? e) => (string?)e?.Attribute("format") ?? "html";

    private static CodeRunnerTestCase TestCase(XElement c) => new(
        Text(c.Element("testcode")), Text(c.Element("stdin")), Text(c.Element("expected")), Text(c.Element("extra")),
        Text(c.Element("display")) is { Length: > 0 } d ? d : "SHOW",
        decimal.TryParse((string?)c.Attribute("mark"), NumberStyles.Number, CultureInfo.InvariantCulture, out var mark) ? mark : 1,
        (string?)c.Attribute("hiderestiffail") == "1", (string?)c.Attribute("useasexample") == "1", Line(c));

    /// <summary>The text of an element's <c>&lt;text&gt;</c> child (Moodle's wrapper), or of the element itself.</summary>
    private static string Text(XElement? e) => e is null ? "" : (e.Element("text") ?? e).Value.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static decimal Fraction(XElement answer) =>
        decimal.TryParse((string?)answer.Attribute("fraction"), NumberStyles.Number, CultureInfo.InvariantCulture, out var f) ? f : 0;

    private static int LineOf(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> text)
    {
        var at = bytes.IndexOf(text);
        return at < 0 ? 1 : bytes[..at].Count((byte)'\n') + 1;
    }

    private static int Line(XElement e) => ((IXmlLineInfo)e).HasLineInfo() ? ((IXmlLineInfo)e).LineNumber : 0;

    private static string Reason(XmlException e)
    {
        if (e.Message.Contains("DTD", StringComparison.Ordinal))
            return "a <!DOCTYPE> is refused: Moodle XML has none, and its entities could expand without bound or read other files";
        if (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
            return "the document is larger than the import's limit";
        // XmlException ends its message with the position, which the caller puts first.
        var message = e.Message;
        var at = message.IndexOf(" Line ", StringComparison.Ordinal);
        return (at > 0 ? message[..at] : message).TrimEnd('.', ',', ' ');
    }
}
