using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Viva.Core.Interchange.Anki;

/// <summary>
/// Writes an .apkg: a zip holding <c>collection.anki2</c> (a schema 11 SQLite collection with one deck, one
/// note type and a new card per note) and <c>media</c>, the JSON map of media files (empty: Viva's code
/// examples stay inline HTML). The collection is built in a temporary directory and the package written
/// beside the target and moved into place, so a failure never leaves half a file.
/// </summary>
public static class AnkiPackageWriter
{
    public static void Write(IReadOnlyList<AnkiNote> notes, string path, DateTimeOffset now)
    {
        var temp = Directory.CreateTempSubdirectory("viva-apkg-");
        try
        {
            var collection = Path.Combine(temp.FullName, "collection.anki2");
            WriteCollection(notes, collection, now);
            var partial = path + ".tmp";
            using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
            {
                zip.CreateEntryFromFile(collection, "collection.anki2", CompressionLevel.Optimal);
                using var media = new StreamWriter(zip.CreateEntry("media").Open(), new UTF8Encoding(false));
                media.Write("{}");
            }
            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    private static void WriteCollection(IReadOnlyList<AnkiNote> notes, string file, DateTimeOffset now)
    {
        var ms = now.ToUnixTimeMilliseconds();
        var seconds = now.ToUnixTimeSeconds();
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        db.Open();
        // One transaction for the whole collection: SQLite would otherwise sync the file after every row.
        Execute(db, "BEGIN");
        Execute(db, AnkiSchema.Create);
        var noteType = notes.Count > 0 ? notes[0].Type.Name : AnkiConventions.PackageNoteType;
        Execute(db, "INSERT INTO col VALUES (1, $crt, $mod, $mod, $ver, 0, 0, 0, $conf, $models, $decks, $dconf, '{}')",
            ("$crt", new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).ToUnixTimeSeconds()), ("$mod", ms), ("$ver", AnkiSchema.Version),
            ("$conf", AnkiCollectionJson.Conf(notes.Count)), ("$models", AnkiCollectionJson.Models(noteType, seconds)),
            ("$decks", AnkiCollectionJson.Decks(AnkiConventions.DeckName, seconds)), ("$dconf", AnkiCollectionJson.DeckOptions()));
        for (var i = 0; i < notes.Count; i++)
        {
            var note = notes[i];
            // Ids are creation times in milliseconds in Anki; one apart keeps them unique and in bank order.
            var id = ms + i;
            var sortField = ForeignHtml.Plain(note.Fields[0]).Trim();
            Execute(db, "INSERT INTO notes VALUES ($id, $guid, $mid, $mod, -1, $tags, $flds, $sfld, $csum, 0, '')",
                ("$id", id), ("$guid", note.NoteGuid), ("$mid", AnkiCollectionJson.NoteTypeId), ("$mod", seconds),
                ("$tags", note.Tags.Count > 0 ? " " + string.Join(' ', note.Tags) + " " : ""), ("$flds", string.Join('\x1f', note.Fields)),
                ("$sfld", sortField), ("$csum", Checksum(sortField)));
            Execute(db, "INSERT INTO cards VALUES ($id, $nid, $did, 0, $mod, -1, 0, 0, $due, 0, 0, 0, 0, 0, 0, 0, 0, '')",
                ("$id", id), ("$nid", id), ("$did", AnkiCollectionJson.DeckId), ("$mod", seconds), ("$due", i + 1));
        }
        Execute(db, "COMMIT");
    }

    /// <summary>Anki's duplicate check: the first 8 hex digits of the SHA-1 of the sort field's text, as a number.</summary>
#pragma warning disable CA5350 // SHA-1 is what Anki's format defines here, not a security measure.
    private static long Checksum(string text) =>
        long.Parse(Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(text)))[..8], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
#pragma warning restore CA5350

    private static void Execute(SqliteConnection db, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }
}
