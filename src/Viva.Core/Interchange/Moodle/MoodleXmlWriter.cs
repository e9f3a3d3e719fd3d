using System.Text;
using System.Xml;

namespace Viva.Core.Interchange.Moodle;

/// <summary>
/// Writes the elements of Moodle's XML question format: a <c>quiz</c> root, <c>question</c> elements with
/// their <c>type</c>, and every text as <c>&lt;text&gt;</c> in CDATA (split where the text holds <c>]]&gt;</c>).
/// </summary>
internal sealed class MoodleXmlWriter : IDisposable
{
    public const string Markdown = "markdown";

    private readonly MemoryStream _buffer = new();
    private readonly XmlWriter _xml;

    public MoodleXmlWriter()
    {
        _xml = XmlWriter.Create(_buffer, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" });
        _xml.WriteStartDocument();
        _xml.WriteStartElement("quiz");
    }

    /// <summary>Closes the document and returns it.</summary>
    public string Finish()
    {
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Flush();
        return Encoding.UTF8.GetString(_buffer.ToArray()) + "\n";
    }

    public void Comment(string text) => _xml.WriteComment(" " + text.Replace("--", "- -", StringComparison.Ordinal) + " ");

    /// <summary>A category pseudo-question: the questions after it go into this category.</summary>
    public void Category(string path)
    {
        _xml.WriteStartElement("question");
        _xml.WriteAttributeString("type", "category");
        _xml.WriteStartElement("category");
        Text(path);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    /// <summary>Opens a question with the elements every type has; close it with <see cref="EndQuestion"/>.</summary>
    public void StartQuestion(string type, string name, string text, string generalFeedback, decimal defaultGrade, string? idNumber)
    {
        _xml.WriteStartElement("question");
        _xml.WriteAttributeString("type", type);
        _xml.WriteStartElement("name");
        Text(name);
        _xml.WriteEndElement();
        Formatted("questiontext", text);
        Formatted("generalfeedback", generalFeedback);
        Element("defaultgrade", defaultGrade.ToString("0.#######", System.Globalization.CultureInfo.InvariantCulture));
        Element("penalty", "0");
        Element("hidden", "0");
        Element("idnumber", idNumber ?? "");
    }

    public void EndQuestion(IEnumerable<string> tags)
    {
        var list = tags.ToList();
        if (list.Count > 0)
        {
            _xml.WriteStartElement("tags");
            foreach (var tag in list)
            {
                _xml.WriteStartElement("tag");
                Text(tag);
                _xml.WriteEndElement();
            }
            _xml.WriteEndElement();
        }
        _xml.WriteEndElement();
    }

    public void Element(string name, string value) => _xml.WriteElementString(name, value);

    /// <summary><c>&lt;name format="markdown"&gt;&lt;text&gt;…&lt;/text&gt;&lt;/name&gt;</c>.</summary>
    public void Formatted(string name, string text, string format = Markdown)
    {
        _xml.WriteStartElement(name);
        _xml.WriteAttributeString("format", format);
        Text(text);
        _xml.WriteEndElement();
    }

    /// <summary>An answer with its credit in percent and the feedback shown when it is chosen.</summary>
    public void Answer(decimal fraction, string text, string feedback, string format = Markdown)
    {
        _xml.WriteStartElement("answer");
        _xml.WriteAttributeString("fraction", Percent(fraction));
        _xml.WriteAttributeString("format", format);
        Text(text);
        Formatted("feedback", feedback);
        _xml.WriteEndElement();
    }

    public void Start(string name, params (string Name, string Value)[] attributes)
    {
        _xml.WriteStartElement(name);
        foreach (var (n, v) in attributes)
            _xml.WriteAttributeString(n, v);
    }

    public void End() => _xml.WriteEndElement();

    /// <summary>A <c>&lt;name&gt;&lt;text&gt;…&lt;/text&gt;&lt;/name&gt;</c> element, as CodeRunner's test cases write their fields.</summary>
    public void Wrapped(string name, string text)
    {
        _xml.WriteStartElement(name);
        Text(text);
        _xml.WriteEndElement();
    }

    public static string Percent(decimal percent) => Math.Round(percent, 5).ToString("0.#####", System.Globalization.CultureInfo.InvariantCulture);

    private void Text(string text)
    {
        _xml.WriteStartElement("text");
        // "]]>" cannot appear in a CDATA section: end it after "]]" and start another before ">".
        var parts = text.Split("]]>");
        for (var i = 0; i < parts.Length; i++)
            _xml.WriteCData((i > 0 ? ">" : "") + parts[i] + (i < parts.Length - 1 ? "]]" : ""));
        _xml.WriteEndElement();
    }

    public void Dispose()
    {
        _xml.Dispose();
        _buffer.Dispose();
    }
}
