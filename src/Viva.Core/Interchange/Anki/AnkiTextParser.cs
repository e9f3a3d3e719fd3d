using System.Globalization;
using System.Text;
using Viva.Core.Bank;
using static Viva.Core.Interchange.Anki.AnkiConventions;

namespace Viva.Core.Interchange.Anki;

/// <summary>
/// Reads Anki's text import format: leading <c>#key:value</c> headers (separator, html, tags, columns,
/// notetype, deck, and the notetype/deck/tags/guid columns), then records whose fields may be quoted (a
/// quoted field may hold separators and line breaks; <c>""</c> is a quote). Without a separator header the
/// first record's line decides: tab, then semicolon, then comma. The first error stops the read.
/// </summary>
public static class AnkiTextParser
{
    private static readonly Dictionary<string, char> Separators = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tab"] = '\t', ["comma"] = ',', ["semicolon"] = ';', ["space"] = ' ', ["pipe"] = '|', ["colon"] = ':',
    };

    public static AnkiReadResult Parse(string path, byte[] bytes)
    {
        var text = StrictUtf8.Decode(bytes, out var bad);
        if (text is null)
            return AnkiReadResult.Fail(path, bad!.Line, $"byte {bad.Byte} at offset {bad.Offset} is not UTF-8 (Anki's text files are UTF-8)");
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n');
        var headers = new Headers();
        var first = 0;
        for (; first < lines.Length && lines[first].StartsWith('#'); first++)
        {
            if (headers.Read(lines[first]) is { } error)
                return AnkiReadResult.Fail(path, first + 1, error);
        }
        var body = string.Join('\n', lines[first..]);
        var separator = headers.Separator ?? Guess(lines.Skip(first).FirstOrDefault(l => l.Length > 0) ?? "");
        var records = new List<(int Line, List<string> Fields)>();
        if (Split(body, separator, first + 1, records) is { } unterminated)
            return AnkiReadResult.Fail(path, unterminated, "a quoted field is never closed (a quote inside a field is written \"\")");

        var special = new[] { headers.GuidColumn, headers.TagsColumn, headers.NotetypeColumn, headers.DeckColumn };
        var notes = new List<AnkiNote>();
        foreach (var (line, columns) in records)
        {
            string Column(int? n) => n is { } i && i <= columns.Count ? columns[i - 1] : "";
            var fields = columns.Where((_, i) => !special.Contains(i + 1)).ToList();
            var typeName = headers.NotetypeColumn is not null ? Column(headers.NotetypeColumn) : headers.Notetype ?? TextNoteType;
            var names = headers.Columns.Where((_, i) => !special.Contains(i + 1)).ToList();
            var tags = headers.Tags.Concat(Column(headers.TagsColumn).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
            var type = new AnkiNoteType(typeName, names, typeName.Contains("cloze", StringComparison.OrdinalIgnoreCase));
            notes.Add(new AnkiNote(0, Column(headers.GuidColumn), type, fields, tags,
                headers.DeckColumn is not null ? Column(headers.DeckColumn) : headers.Deck ?? "", headers.Html, line));
        }
        return new AnkiReadResult(notes, [], null);
    }

    private static char Guess(string line) => line.Contains('\t') ? '\t' : line.Contains(';') ? ';' : ',';

    /// <summary>Splits the body into records; returns the line of a quoted field left open, or null.</summary>
    private static int? Split(string body, char separator, int firstLine, List<(int, List<string>)> records)
    {
        var line = firstLine;
        var i = 0;
        while (i < body.Length)
        {
            if (body[i] == '\n')
            {
                line++;
                i++;
                continue;
            }
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            while (true)
            {
                if (field.Length == 0 && i < body.Length && body[i] == '"')
                {
                    i++;
                    while (true)
                    {
                        if (i >= body.Length)
                            return start;
                        if (body[i] == '"' && i + 1 < body.Length && body[i + 1] == '"')
                            (field, i) = (field.Append('"'), i + 2);
                        else if (body[i] == '"')
                            break;
                        else
                        {
                            line += body[i] == '\n' ? 1 : 0;
                            field.Append(body[i++]);
                        }
                    }
                    i++;
                }
                while (i < body.Length && body[i] != separator && body[i] != '\n')
                    field.Append(body[i++]);
                fields.Add(field.ToString());
                field.Clear();
                if (i >= body.Length || body[i] == '\n')
                    break;
                i++;
            }
            records.Add((start, fields));
        }
        return null;
    }

    private sealed class Headers
    {
        public char? Separator;
        public bool Html;
        public string? Notetype, Deck;
        public int? GuidColumn, TagsColumn, NotetypeColumn, DeckColumn;
        public List<string> Tags = [], Columns = [];

        /// <summary>Takes one header line; returns what is wrong with it, or null. Lines that are no known header are comments.</summary>
        public string? Read(string line)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
                return null;
            var key = line[1..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "separator":
                    Separator = Separators.TryGetValue(value, out var s) ? s : value.Length == 1 ? value[0] : null;
                    return Separator is null ? $"#separator: '{value}' is no separator (Tab, Comma, Semicolon, Space, Pipe, Colon or one character)" : null;
                case "html":
                    Html = value.Equals("true", StringComparison.OrdinalIgnoreCase);
                    return Html || value.Equals("false", StringComparison.OrdinalIgnoreCase) ? null : $"#html: '{value}' is neither true nor false";
                case "tags":
                    Tags = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
                    return null;
                case "columns":
                    Columns = line[(colon + 1)..].Split(Separator ?? (line.Contains('\t') ? '\t' : ',')).Select(c => c.Trim()).ToList();
                    return null;
                case "notetype":
                    Notetype = value;
                    return null;
                case "deck":
                    Deck = value;
                    return null;
                case "guid column" or "tags column" or "notetype column" or "deck column":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
                        return $"#{key}: '{value}' is not a column number (1 is the first)";
                    _ = key switch
                    {
                        "guid column" => GuidColumn = n,
                        "tags column" => TagsColumn = n,
                        "notetype column" => NotetypeColumn = n,
                        _ => DeckColumn = n,
                    };
                    return null;
                default:
                    return null;
            }
        }
    }
}
