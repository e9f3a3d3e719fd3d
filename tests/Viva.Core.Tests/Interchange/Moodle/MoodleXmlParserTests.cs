using System.Text;
using Viva.Core.Interchange.Moodle;

namespace Viva.Core.Tests.Interchange.Moodle;

/// <summary>A Moodle XML file comes from outside: entity bombs, external entities, huge and broken files are refused with one line naming file and line.</summary>
public sealed class MoodleXmlParserTests
{
    private const string Essay = """<question type="essay"><name><text>Q</text></name><questiontext format="html"><text>&x;</text></questiontext></question>""";

    private static MoodleXmlParseResult Parse(string xml, long max = MoodleXmlParser.DefaultMaxCharacters) => MoodleXmlParser.Parse("in.xml", Encoding.UTF8.GetBytes(xml), max);

    [Fact]
    public void A_billion_laughs_entity_bomb_is_refused_before_anything_expands()
    {
        var entities = string.Join('\n', Enumerable.Range(1, 9).Select(i => $"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">"));
        var xml = $"<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [\n<!ENTITY l0 \"lol\">\n{entities}\n<!ENTITY x \"&l9;\">\n]>\n<quiz>{Essay}</quiz>";

        var parsed = Parse(xml);

        Assert.Null(parsed.Questions);
        Assert.StartsWith("in.xml:2: xml: a <!DOCTYPE> is refused", parsed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")]
    [InlineData("<!DOCTYPE quiz [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>")]
    [InlineData("<!DOCTYPE quiz SYSTEM \"file:///etc/passwd\">")]
    [InlineData("<!DOCTYPE quiz SYSTEM \"http://127.0.0.1:9/evil.dtd\">")]
    public void An_external_entity_or_dtd_is_refused_and_nothing_is_read(string doctype)
    {
        var parsed = Parse($"<?xml version=\"1.0\"?>\n{doctype}\n<quiz>{Essay}</quiz>");

        Assert.Null(parsed.Questions);
        Assert.StartsWith("in.xml:2: xml: a <!DOCTYPE> is refused", parsed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_over_the_size_cap_is_refused()
    {
        var xml = "<quiz>" + string.Concat(Enumerable.Repeat("""<question type="description"><name><text>n</text></name><questiontext format="markdown"><text>some text</text></questiontext></question>""", 50)) + "</quiz>";
        Assert.NotNull(Parse(xml).Questions);

        var parsed = Parse(xml, max: 1000);

        Assert.Null(parsed.Questions);
        Assert.Contains("xml: the document is larger than the import's limit", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_xml_is_an_error_naming_the_file_and_the_line_where_it_ends()
    {
        var lines = MoodleXmlExporter.Export([QuestionFixture.Sample]).Xml.Split('\n');
        var truncated = string.Join('\n', lines[..20]) + "\n    <questiontext format=\"markdown\"><text><![CDATA[cut he";

        var parsed = Parse(truncated);

        Assert.Null(parsed.Questions);
        Assert.StartsWith("in.xml:21: xml: ", parsed.Error, StringComparison.Ordinal);
        Assert.EndsWith("(nothing read)", parsed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<questions><question type=\"essay\"/></questions>", "in.xml:1: xml: the root element is <questions>, not Moodle's <quiz>")]
    [InlineData("<quiz>\n<question><name><text>n</text></name></question></quiz>", "in.xml:2: xml: a <question> without its type attribute")]
    [InlineData("<quiz><question type=\"essay\">\n</quiz>", "in.xml:2: xml: ")]
    [InlineData("", "in.xml:1: xml: ")]
    public void A_file_that_is_not_moodle_xml_is_one_error(string xml, string error) =>
        Assert.StartsWith(error, Parse(xml).Error, StringComparison.Ordinal);

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused()
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz><question type=\"essay\"><name><text>caf\u00e9</text></name></question></quiz>");
        var at = Array.IndexOf(bytes, (byte)0xC3);
        bytes[at] = 0xFF;

        var parsed = MoodleXmlParser.Parse("in.xml", bytes);

        Assert.Null(parsed.Questions);
        Assert.StartsWith("in.xml:2: xml: ", parsed.Error, StringComparison.Ordinal);
    }
}
