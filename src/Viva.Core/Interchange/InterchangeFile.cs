using Viva.Core.Bank;
using Viva.Core.Interchange.Anki;
using Viva.Core.Interchange.Gift;
using Viva.Core.Interchange.Moodle;

namespace Viva.Core.Interchange;

/// <summary>
/// What an interchange file became: bank questions (not yet written), a line per item of the file (<see cref="Counted"/>
/// are the ones its summary counts), and for an Anki package its review history; or the one problem that stopped the
/// read, in which case nothing else is set.
/// </summary>
public sealed record InterchangeRead(string Unit, IReadOnlyList<Question> Questions, IReadOnlyList<ItemOutcome> Outcomes,
    IReadOnlyList<ItemOutcome> Counted, AnkiReadResult? Anki, AnkiImport? AnkiImport, string? Problem)
{
    public static InterchangeRead Fail(string problem) => new("", [], [], [], null, null, problem);
}

/// <summary>Reads any file <c>viva import</c> and the web's import page take, choosing the format by its name and first byte.</summary>
public static class InterchangeFile
{
    public const string Accepted = ".gift,.txt,.xml,.apkg,.tsv";

    public static bool IsPackage(string path) => path.EndsWith(".apkg", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads <paramref name="path"/>; <paramref name="bytes"/> are its contents (unused for a package, which is read from disk with its own guards).</summary>
    public static InterchangeRead Read(string path, byte[] bytes)
    {
        if (path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            var xml = MoodleXmlParser.Parse(path, bytes);
            if (xml.Error is { } unreadable)
                return InterchangeRead.Fail(unreadable);
            var moodle = MoodleXmlImporter.Import(xml.Questions!, path);
            return new("questions in the file", moodle.Questions, moodle.Outcomes, [.. moodle.Outcomes.Where(o => o.Line > 0)], null, null, null);
        }
        if (!IsPackage(path) && !IsAnkiText(path, bytes))
        {
            var parsed = GiftParser.Parse(path, bytes);
            if (parsed.Problem is { } problem)
                return InterchangeRead.Fail(problem.ToString());
            var gift = GiftImporter.Import(parsed.Document!, path);
            return new("GIFT questions", gift.Questions, gift.Outcomes, [.. gift.Outcomes.Where(o => o.Line > 0)], null, null, null);
        }
        var read = IsPackage(path) ? AnkiPackageReader.Read(path) : AnkiTextParser.Parse(path, bytes);
        if (read.Problem is { } bad)
            return InterchangeRead.Fail(bad.Line > 0 ? bad.ToString() : $"{bad.File}: {bad.Message}");
        var import = AnkiImporter.Import(read.Notes, path);
        return new("Anki notes", import.Questions, import.Outcomes, import.Outcomes, read, import, null);
    }

    /// <summary>Anki's text format begins with its <c>#key:value</c> headers; GIFT never starts a line with '#'. A .tsv is Anki's either way.</summary>
    private static bool IsAnkiText(string path, byte[] bytes)
    {
        if (path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
            return true;
        if (!path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            return false;
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        return bytes.Length > start && bytes[start] == (byte)'#';
    }
}
