using System.IO.Compression;
using Microsoft.Data.Sqlite;
using Viva.Core.Interchange;
using Viva.Core.Interchange.Anki;

namespace Viva.Core.Tests.Interchange.Anki;

/// <summary>
/// A package as a user's Anki makes it, built here from the documented schema: several note types (basic,
/// cloze, three fields), a nested deck, tags, HTML with media, and a revlog with answers and a manual reschedule.
/// </summary>
public sealed class AnkiPackageReaderTests
{
    private const string Models = """
        {"10": {"id": 10, "name": "Basic", "type": 0, "flds": [{"name": "Front", "ord": 0}, {"name": "Back", "ord": 1}], "tmpls": []},
         "11": {"id": 11, "name": "Cloze", "type": 1, "flds": [{"name": "Text", "ord": 0}, {"name": "Back Extra", "ord": 1}], "tmpls": []},
         "12": {"id": 12, "name": "Vocab", "type": 0, "flds": [{"name": "Word", "ord": 0}, {"name": "Meaning", "ord": 1}, {"name": "Example", "ord": 2}], "tmpls": []}}
        """;

    private const string Decks = """{"1": {"id": 1, "name": "Default"}, "20": {"id": 20, "name": "Python::Generators"}}""";

    [Fact]
    public void A_foreign_package_imports_its_basic_notes_reports_the_rest_and_keeps_its_answers()
    {
        var dir = Directory.CreateTempSubdirectory("viva-apkg-foreign-");
        var path = Package(dir,
            [(100, "g1", 10, " python gen ", "What does <b>yield</b> do?<img src=\"x.png\">\x1fIt <i>suspends</i> the frame.<br>Values come one at a time."),
             (101, "g2", 11, "", "{{c1::yield}} makes a generator\x1f"),
             (102, "g3", 12, "", "send\x1fgives a value to a paused generator\x1fgen.send(1)")],
            [(1_700_000_000_000, 100, 3, 0), (1_700_086_400_000, 100, 1, 1), (1_700_172_800_000, 100, 0, 4), (1_700_259_200_000, 101, 4, 1)]);

        var read = AnkiPackageReader.Read(path);
        dir.Delete(recursive: true);

        Assert.Null(read.Problem);
        Assert.Equal(["Basic", "Cloze", "Vocab"], read.Notes.Select(n => n.Type.Name));
        Assert.Equal("Python::Generators", read.Notes[0].Deck);
        Assert.Equal([(100L, 3), (100L, 1), (101L, 4)], read.Reviews.Select(r => (r.NoteId, r.Rating)));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000), read.Reviews[0].At);

        var import = AnkiImporter.Import(read.Notes, path);

        Assert.Equal(2, import.Questions.Count);
        var q = import.Questions[0];
        Assert.Equal(("python", "generators", "what-does-yield-do"), (q.Area, q.Topic, q.Id));
        Assert.Equal("What does **yield** do?", q.Prompt.Markdown);
        Assert.Equal("It *suspends* the frame.\nValues come one at a time.", q.Answer.Markdown);
        Assert.Equal(["python", "gen"], q.Tags);
        Assert.Contains("1 image(s) or sound(s) on the front", import.Outcomes[0].Detail, StringComparison.Ordinal);
        Assert.Equal(ItemStatus.Skipped, import.Outcomes[1].Status);
        Assert.Contains("cloze", import.Outcomes[1].Detail, StringComparison.Ordinal);
        Assert.Equal(ItemStatus.ConvertedWithLoss, import.Outcomes[2].Status);
        Assert.Contains("'Example' of note type 'Vocab'", import.Outcomes[2].Detail, StringComparison.Ordinal);
        // The answers of the imported note map to its question; the cloze note's stay unmatched.
        Assert.Equal("what-does-yield-do", import.QuestionOfNote[100]);
        Assert.False(import.QuestionOfNote.ContainsKey(101));
    }

    [Fact]
    public void The_first_schedulers_three_learning_buttons_become_again_good_easy()
    {
        var dir = Directory.CreateTempSubdirectory("viva-apkg-foreign-");
        // Learning: Again, Good (ease 2), Easy (ease 3); then a review's Hard (ease 2 there means Hard); then relearning's Good.
        var read = AnkiPackageReader.Read(Package(dir, [(100, "g1", 10, "", "a\x1fb")],
            [(1, 100, 1, 0), (2, 100, 2, 0), (3, 100, 3, 0), (4, 100, 2, 1), (5, 100, 2, 2)], conf: "{}"));
        dir.Delete(recursive: true);
        Assert.Equal([1, 3, 4, 2, 3], read.Reviews.Select(r => r.Rating));
    }

    [Fact]
    public void Note_type_json_anki_would_not_write_is_one_problem()
    {
        var dir = Directory.CreateTempSubdirectory("viva-apkg-foreign-");
        var read = AnkiPackageReader.Read(Package(dir, [(100, "g1", 10, "", "a\x1fb")], [], models: """{"10": {"name": "Basic"}}"""));
        dir.Delete(recursive: true);
        Assert.Contains("holds what Anki does not write", read.Problem!.Message, StringComparison.Ordinal);
        Assert.Empty(read.Notes);
    }

    private static string Package(DirectoryInfo dir, (long Id, string Guid, long Mid, string Tags, string Flds)[] notes, (long Id, long Nid, int Ease, int Type)[] revlog,
        string models = Models, string conf = """{"schedVer": 2}""")
    {
        var collection = Path.Combine(dir.FullName, "collection.anki2");
        using (var db = new SqliteConnection($"Data Source={collection};Pooling=False"))
        {
            db.Open();
            Execute(db, AnkiSchema.Create);
            Execute(db, "INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, $c, $m, $d, '{}', '{}')", ("$c", conf), ("$m", models), ("$d", Decks));
            foreach (var n in notes)
            {
                Execute(db, "INSERT INTO notes VALUES ($id, $guid, $mid, 0, 0, $tags, $flds, '', 0, 0, '')",
                    ("$id", n.Id), ("$guid", n.Guid), ("$mid", n.Mid), ("$tags", n.Tags), ("$flds", n.Flds));
                Execute(db, "INSERT INTO cards VALUES ($id, $id, 20, 0, 0, 0, 2, 2, 0, 1, 2500, 1, 0, 0, 0, 0, 0, '')", ("$id", n.Id));
            }
            foreach (var r in revlog)
                Execute(db, "INSERT INTO revlog VALUES ($id, $cid, 0, $ease, 1, 0, 2500, 6000, $type)", ("$id", r.Id), ("$cid", r.Nid), ("$ease", r.Ease), ("$type", r.Type));
        }
        var path = Path.Combine(dir.FullName, "foreign.apkg");
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        zip.CreateEntryFromFile(collection, "collection.anki2");
        zip.CreateEntry("media");
        File.Delete(collection);
        return path;
    }

    private static void Execute(SqliteConnection db, string sql, params (string, object)[] parameters)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }
}
