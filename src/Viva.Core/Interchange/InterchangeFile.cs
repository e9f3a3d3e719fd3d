using Viva.Core.Interchange.Anki;
using Viva.Core.Interchange.Exercism;
using Viva.Core.Interchange.Gift;
using Viva.Core.Interchange.Moodle;

namespace Viva.Core.Interchange;

/// <summary>Reads any file <c>viva import</c> and the web's import page take, choosing the format by its name and first bytes.</summary>
public static class InterchangeFile
{
    public const string Accepted = ".gift,.txt,.xml,.apkg,.tsv,.json";

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
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            return Exercism(path, bytes);
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

    /// <summary>
    /// An Exercism results.json: a record of a test run, which holds no question. Each test is reported with its status,
    /// so the file is read whole and nothing is written; a file that is not results.json is one error.
    /// </summary>
    private static InterchangeRead Exercism(string path, byte[] bytes)
    {
        var read = ExercismResultsReader.Read(path, bytes);
        if (read.Error is { } error)
            return InterchangeRead.Fail(error);
        var results = read.Results!;
        const string Why = "a test result records a run of a solution, not a question: nothing to import";
        var outcomes = results.Tests.Select(t => new ItemOutcome($"{t.Name} ({ExercismResultsWriter.Name(t.Status)})", ItemStatus.Skipped, Why)).ToList();
        if (outcomes.Count == 0)
        {
            var message = results.Message?.Trim().Split('\n')[0] is { Length: > 0 } m ? $": {(m.Length > 80 ? m[..80] + "…" : m)}" : "";
            outcomes.Add(new ItemOutcome($"the run ({ExercismResultsWriter.Name(results.Status)}{message})", ItemStatus.Skipped, "a test run without test results, and no question: nothing to import"));
        }
        return new("Exercism results", [], outcomes, outcomes, null, null, null);
    }

    /// <summary>
    /// Anki's text format begins with its <c>#key:value</c> headers; GIFT never starts a line with '#'. A .tsv is Anki's
    /// either way, and so is a .txt of tab-separated lines with no GIFT answer block (as Anki exported before it wrote headers).
    /// </summary>
    private static bool IsAnkiText(string path, byte[] bytes)
    {
        if (path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
            return true;
        if (!path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            return false;
        var text = bytes.AsSpan(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
        if (text.Length > 0 && text[0] == (byte)'#')
            return true;
        var lines = 0;
        foreach (var line in text.Split((byte)'\n'))
        {
            var content = text[line].Trim(" \t\r"u8);
            if (content.Length == 0)
                continue;
            if (text[line].IndexOf((byte)'\t') < 0)
                return false;
            lines++;
        }
        return lines > 0 && text.IndexOf((byte)'{') < 0;
    }
}
