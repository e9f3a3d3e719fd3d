using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Viva.Core.Interchange.Anki;

/// <summary>
/// Reads the notes and review history of an .apkg. The archive is checked first (<see cref="ApkgArchive"/>),
/// then only its collection is copied, capped, into a temporary directory of its own and opened read-only.
/// A package that is no zip, a collection that is no SQLite file or lacks Anki's tables, or JSON Anki would
/// not have written is one problem; nothing partial is returned.
/// </summary>
public static class AnkiPackageReader
{
    private static readonly byte[] SqliteMagic = "SQLite format 3\0"u8.ToArray();

    public static AnkiReadResult Read(string path)
    {
        var temp = Directory.CreateTempSubdirectory("viva-apkg-");
        try
        {
            using var file = File.OpenRead(path);
            using var zip = new ZipArchive(file, ZipArchiveMode.Read);
            if (ApkgArchive.Check(zip) is { } unsafeEntry)
                return AnkiReadResult.Fail(path, 0, unsafeEntry);
            // A package from Anki 2.1.50+ may carry the real collection as .anki21 beside a stub .anki2.
            var entry = zip.GetEntry("collection.anki21") ?? zip.GetEntry("collection.anki2");
            if (entry is null)
                return AnkiReadResult.Fail(path, 0, zip.GetEntry("collection.anki21b") is not null
                    ? "the collection is in Anki's newer compressed format (collection.anki21b); export it from Anki with \"Support older Anki versions\" ticked"
                    : "no collection.anki2 in the package (not an Anki deck package)");
            var collection = Path.Combine(temp.FullName, "collection.sqlite");
            if (ApkgArchive.CopyTo(entry, collection) is { } bomb)
                return AnkiReadResult.Fail(path, 0, bomb);
            if (!HasSqliteHeader(collection))
                return AnkiReadResult.Fail(path, 0, $"{entry.FullName} is not an SQLite database");
            return ReadCollection(path, entry.FullName, collection);
        }
        catch (InvalidDataException e)
        {
            return AnkiReadResult.Fail(path, 0, $"not a readable zip archive, as an .apkg must be ({e.Message})");
        }
        catch (SqliteException e)
        {
            return AnkiReadResult.Fail(path, 0, $"the collection cannot be read: {e.Message.Replace("SQLite Error ", "", StringComparison.Ordinal)}");
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or InvalidCastException or FormatException)
        {
            // Anki writes these JSON maps and columns itself: anything else means the file was not made by Anki.
            return AnkiReadResult.Fail(path, 0, $"the collection holds what Anki does not write ({e.Message})");
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    private static bool HasSqliteHeader(string file)
    {
        var header = new byte[SqliteMagic.Length];
        using var stream = File.OpenRead(file);
        return stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length && header.AsSpan().SequenceEqual(SqliteMagic);
    }

    private static AnkiReadResult ReadCollection(string path, string entryName, string file)
    {
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        db.Open();
        var tables = Query(db, "SELECT name FROM sqlite_master WHERE type = 'table'", r => r.GetString(0)).ToHashSet();
        var missing = AnkiSchema.Required.Where(t => !tables.Contains(t)).ToList();
        if (missing.Count > 0)
            return AnkiReadResult.Fail(path, 0, $"{entryName} lacks the table(s) {string.Join(", ", missing)} (not an Anki collection)");
        var col = Query(db, "SELECT models, decks, conf FROM col LIMIT 1", r => (Models: r.GetString(0), Decks: r.GetString(1), Conf: r.GetString(2))).ToList();
        if (col.Count == 0)
            return AnkiReadResult.Fail(path, 0, $"{entryName} has no collection row (table col is empty)");
        var types = NoteTypes(col[0].Models);
        var decks = DeckNames(col[0].Decks);
        var notes = Query(db, """
            SELECT n.id, n.guid, n.mid, n.tags, n.flds, (SELECT c.did FROM cards c WHERE c.nid = n.id ORDER BY c.ord LIMIT 1)
            FROM notes n ORDER BY n.id
            """, r => new AnkiNote(r.GetInt64(0), r.GetString(1),
                types.GetValueOrDefault(r.GetInt64(2)) ?? new AnkiNoteType($"missing note type {r.GetInt64(2)}", [], false),
                r.GetString(4).Split('\x1f'), r.GetString(3).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                r.IsDBNull(5) ? "" : decks.GetValueOrDefault(r.GetInt64(5), ""), Html: true)).ToList();
        var threeButtonLearning = SchedulerVersion(col[0].Conf) == 1;
        // Types 0-3 are answers (learning, review, relearning, filtered); 4 and up are manual reschedules, not recall.
        var reviews = Query(db, """
            SELECT c.nid, r.id, r.ease, r.time, r.type FROM revlog r JOIN cards c ON c.id = r.cid
            WHERE r.ease BETWEEN 1 AND 4 AND r.type BETWEEN 0 AND 3 ORDER BY r.id
            """, r => new AnkiReview(r.GetInt64(0), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1)),
                Rating(r.GetInt32(2), r.GetInt32(4), threeButtonLearning), (int)Math.Clamp(r.GetInt64(3), 0, int.MaxValue))).ToList();
        return new AnkiReadResult(notes, reviews, null);
    }

    /// <summary>
    /// Anki's first scheduler showed three buttons while learning and relearning (Again, Good, Easy as ease 1-3);
    /// later ones show four everywhere. The collection names its scheduler; one that does not is of the first.
    /// </summary>
    private static int SchedulerVersion(string conf)
    {
        using var doc = JsonDocument.Parse(conf);
        return doc.RootElement.TryGetProperty("schedVer", out var v) && v.TryGetInt32(out var n) ? n : 1;
    }

    private static int Rating(int ease, int type, bool threeButtonLearning) =>
        threeButtonLearning && type is 0 or 2 && ease > 1 ? Math.Min(ease + 1, 4) : ease;

    private static Dictionary<long, AnkiNoteType> NoteTypes(string json)
    {
        var types = new Dictionary<long, AnkiNoteType>();
        using var doc = JsonDocument.Parse(json);
        foreach (var (id, model) in doc.RootElement.EnumerateObject().Select(p => (p.Name, p.Value)))
        {
            var fields = model.GetProperty("flds").EnumerateArray()
                .OrderBy(f => f.GetProperty("ord").GetInt32()).Select(f => f.GetProperty("name").GetString() ?? "").ToList();
            var isCloze = model.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.Number && t.GetInt32() == 1;
            types[long.Parse(id, System.Globalization.CultureInfo.InvariantCulture)] = new AnkiNoteType(model.GetProperty("name").GetString() ?? "", fields, isCloze);
        }
        return types;
    }

    private static Dictionary<long, string> DeckNames(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateObject()
            .ToDictionary(p => long.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture), p => p.Value.GetProperty("name").GetString() ?? "");
    }

    private static IEnumerable<T> Query<T>(SqliteConnection db, string sql, Func<SqliteDataReader, T> row)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return row(reader);
    }
}
