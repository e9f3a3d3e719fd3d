using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Viva.Core.Bank;

/// <summary>The YAML header of a question file, read field by field so each error names its field and line.</summary>
internal sealed record FrontMatter(string Id, string Title, string Area, string Topic, Level Level,
    IReadOnlyList<string> Tags, int Minutes, PythonRange Python)
{
    public static readonly string[] Fields = ["id", "title", "area", "topic", "level", "tags", "minutes", "python"];

    /// <summary>Reads the YAML between the <c>---</c> lines; <paramref name="firstLine"/> is the 1-based line of its first line.</summary>
    public static FrontMatter? Read(string yaml, int firstLine, Action<int, string, string> error)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            var (line, message) = SyntaxError(yaml) ?? (1, e.Message);
            error(firstLine + line - 1, "front matter", $"YAML does not parse: {message}");
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            error(firstLine, "front matter", "must be a YAML mapping of field: value");
            return null;
        }

        var values = new Dictionary<string, (YamlNode Node, int Line)>();
        foreach (var (key, value) in root.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            var line = firstLine + (int)key.Start.Line - 1;
            if (!Fields.Contains(name))
                error(line, name, $"unknown field (known: {string.Join(", ", Fields)})");
            else
                values[name] = (value, line);
        }

        var ok = true;
        // Every scalar field is required (python: too, since a question that names no versions could
        // not be proven on the ones it silently claims).
        string Scalar(string field)
        {
            if (!values.TryGetValue(field, out var v))
            {
                error(firstLine, field, "required field is missing");
                ok = false;
                return "";
            }
            if (v.Node is YamlScalarNode { Value: { Length: > 0 } s })
                return s;
            error(v.Line, field, "must be a non-empty text value");
            ok = false;
            return "";
        }

        var id = Scalar("id");
        var title = Scalar("title");
        var area = Scalar("area");
        var topic = Scalar("topic");
        var levelText = Scalar("level");
        var minutesText = Scalar("minutes");
        var pythonText = Scalar("python");

        Level? level = levelText switch { "mid" => Level.Mid, "senior" => Level.Senior, "staff" => Level.Staff, _ => null };
        if (level is null && levelText.Length > 0)
        {
            error(values["level"].Line, "level", $"'{levelText}' is not a level (mid, senior, staff)");
            ok = false;
        }

        var minutes = 0;
        if (minutesText.Length > 0 && (!int.TryParse(minutesText, NumberStyles.None, CultureInfo.InvariantCulture, out minutes) || minutes is < 1 or > 120))
        {
            error(values["minutes"].Line, "minutes", $"'{minutesText}' must be a whole number of minutes from 1 to 120");
            ok = false;
        }

        var python = PythonRange.Any;
        if (pythonText.Length > 0 && !PythonRange.TryParse(pythonText, out python, out var rangeError))
        {
            error(values["python"].Line, "python", rangeError);
            ok = false;
        }

        var tags = new List<string>();
        if (!values.TryGetValue("tags", out var tagsValue))
        {
            error(firstLine, "tags", "required field is missing");
            ok = false;
        }
        else if (tagsValue.Node is not YamlSequenceNode seq || seq.Children.Any(c => c is not YamlScalarNode))
        {
            error(tagsValue.Line, "tags", "must be a list such as [gil, threading]");
            ok = false;
        }
        else
        {
            tags.AddRange(seq.Children.Select(c => ((YamlScalarNode)c).Value ?? ""));
        }

        return ok ? new FrontMatter(id, title, area, topic, level!.Value, tags, minutes, python) : null;
    }

    /// <summary>
    /// Runs the YAML parser over text that failed to load and returns where it first fails. YamlDotNet throws more than
    /// YamlException on some broken input (an unclosed flow list ends in InvalidOperationException), so
    /// the last good position is tracked here.
    /// </summary>
    internal static (int Line, string Message)? SyntaxError(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var line = 1;
        try
        {
            while (parser.MoveNext())
                line = (int)(parser.Current?.End.Line ?? line);
            return null;
        }
        catch (YamlException e)
        {
            return ((int)e.Start.Line, (e.InnerException ?? e).Message);
        }
        catch (InvalidOperationException)
        {
            return (line, "unexpected end of the header (an unclosed [ list, { mapping or quote?)");
        }
    }
}
