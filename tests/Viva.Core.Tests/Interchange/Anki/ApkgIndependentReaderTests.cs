using System.Diagnostics;
using System.Text.Json;
using Viva.Core.Bank;
using Viva.Core.Interchange.Anki;
using Viva.Core.Tests.Bank;

namespace Viva.Core.Tests.Interchange.Anki;

/// <summary>
/// The exported .apkg read by a reader Viva did not write: Python's zipfile and sqlite3 modules, checked against
/// Anki's documented schema 11 (the col row and its JSON, notes with fields split by 0x1f, cards of those notes).
/// </summary>
public sealed class ApkgIndependentReaderTests
{
    private const string Reader = """
        import json, sqlite3, sys, tempfile, zipfile, os
        pkg = zipfile.ZipFile(sys.argv[1])
        out = {"entries": sorted(pkg.namelist()), "media": json.loads(pkg.read("media"))}
        tmp = tempfile.mkdtemp()
        path = os.path.join(tmp, "c.anki2")
        open(path, "wb").write(pkg.read("collection.anki2"))
        db = sqlite3.connect(path)
        out["columns"] = {t: [r[1] for r in db.execute(f"PRAGMA table_info({t})")] for t in ["col", "notes", "cards", "revlog", "graves"]}
        ver, models, decks, dconf, conf = db.execute("SELECT ver, models, decks, dconf, conf FROM col").fetchone()
        models, decks = json.loads(models), json.loads(decks)
        out["ver"] = ver
        out["models"] = [{"id": int(k), "name": m["name"], "type": m["type"], "fields": [f["name"] for f in m["flds"]], "templates": len(m["tmpls"])} for k, m in models.items()]
        out["decks"] = sorted(d["name"] for d in decks.values())
        out["dconf"] = sorted(json.loads(dconf).keys())
        out["curModel"] = json.loads(conf)["curModel"]
        out["notes"] = [{"guid": g, "mid": mid, "fields": flds.split("\x1f"), "tags": tags.split()} for g, mid, flds, tags in db.execute("SELECT guid, mid, flds, tags FROM notes ORDER BY id")]
        out["orphanCards"] = db.execute("SELECT count(*) FROM cards WHERE nid NOT IN (SELECT id FROM notes)").fetchone()[0]
        out["cardsPerNote"] = sorted({n for (n,) in db.execute("SELECT count(*) FROM cards GROUP BY nid")})
        out["cardDecks"] = sorted({decks[str(d)]["name"] for (d,) in db.execute("SELECT DISTINCT did FROM cards")})
        out["integrity"] = db.execute("PRAGMA integrity_check").fetchone()[0]
        db.close()
        print(json.dumps(out))
        """;

    [Fact]
    public void Pythons_sqlite3_reads_the_export_as_ankis_schema_11_describes()
    {
        var bank = QuestionBank.Load([RepositoryPaths.BundledBank]);
        var dir = Directory.CreateTempSubdirectory("viva-apkg-python-");
        try
        {
            var path = Path.Combine(dir.FullName, "bank.apkg");
            AnkiPackageWriter.Write(AnkiExporter.Export(bank.Questions, "Viva Basic").Notes, path, DateTimeOffset.UtcNow);
            using var json = JsonDocument.Parse(RunPython(path));
            var root = json.RootElement;

            Assert.Equal(["collection.anki2", "media"], Strings(root.GetProperty("entries")));
            Assert.Equal(JsonValueKind.Object, root.GetProperty("media").ValueKind);
            Assert.Equal(11, root.GetProperty("ver").GetInt32());
            var columns = root.GetProperty("columns");
            Assert.Equal(["id", "crt", "mod", "scm", "ver", "dty", "usn", "ls", "conf", "models", "decks", "dconf", "tags"], Strings(columns.GetProperty("col")));
            Assert.Equal(["id", "guid", "mid", "mod", "usn", "tags", "flds", "sfld", "csum", "flags", "data"], Strings(columns.GetProperty("notes")));
            Assert.Equal(["id", "nid", "did", "ord", "mod", "usn", "type", "queue", "due", "ivl", "factor", "reps", "lapses", "left", "odue", "odid", "flags", "data"],
                Strings(columns.GetProperty("cards")));
            Assert.Equal(["id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"], Strings(columns.GetProperty("revlog")));
            Assert.Equal(["usn", "oid", "type"], Strings(columns.GetProperty("graves")));

            var model = Assert.Single(root.GetProperty("models").EnumerateArray());
            Assert.Equal(("Viva Basic", 0, 1), (model.GetProperty("name").GetString(), model.GetProperty("type").GetInt32(), model.GetProperty("templates").GetInt32()));
            Assert.Equal(["Front", "Back"], Strings(model.GetProperty("fields")));
            Assert.Equal(model.GetProperty("id").GetInt64(), root.GetProperty("curModel").GetInt64());
            Assert.Equal(["Default", "Viva"], Strings(root.GetProperty("decks")));
            Assert.Equal(["1"], Strings(root.GetProperty("dconf")));

            var notes = root.GetProperty("notes").EnumerateArray().ToList();
            Assert.Equal(bank.Questions.Count, notes.Count);
            foreach (var (q, note) in bank.Questions.Zip(notes))
            {
                Assert.Equal("viva:" + q.Id, note.GetProperty("guid").GetString());
                Assert.Equal(model.GetProperty("id").GetInt64(), note.GetProperty("mid").GetInt64());
                var fields = Strings(note.GetProperty("fields"));
                Assert.Equal(2, fields.Count);
                Assert.Contains(System.Net.WebUtility.HtmlEncode(q.Title), fields[0], StringComparison.Ordinal);
                Assert.Contains("viva-area:" + q.Area, Strings(note.GetProperty("tags")));
                Assert.Contains("viva-level:" + q.Level.ToString().ToLowerInvariant(), Strings(note.GetProperty("tags")));
            }
            Assert.Equal(0, root.GetProperty("orphanCards").GetInt32());
            Assert.Equal([1], root.GetProperty("cardsPerNote").EnumerateArray().Select(e => e.GetInt32()));
            Assert.Equal(["Viva"], Strings(root.GetProperty("cardDecks")));
            Assert.Equal("ok", root.GetProperty("integrity").GetString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    private static string RunPython(string apkg)
    {
        var psi = new ProcessStartInfo("python3", ["-c", Reader, apkg]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, stderr);
        return stdout;
    }
}
