using System.IO.Compression;
using Microsoft.Data.Sqlite;

namespace Viva.Cli.Tests.Interchange;

/// <summary><c>viva export --format anki-*</c> and <c>viva import</c> of Anki files, run as a user runs them.</summary>
public sealed class AnkiCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-anki-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string At(string name) => Path.Combine(_dir, name);

    [Theory]
    [InlineData("anki-apkg", "bank.apkg")]
    [InlineData("anki-text", "bank.txt")]
    public async Task An_export_imports_back_into_a_new_bank_and_a_second_import_overwrites_nothing(string format, string file)
    {
        var export = await VivaProcess.RunAsync(_dir, "export", "--format", format, "--topic", "gil", "--topic", "decorators", file);
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("2 questions, 2 Anki notes", export.Stdout, StringComparison.Ordinal);
        Assert.Contains("Anki cannot hold", export.Stdout, StringComparison.Ordinal);

        var first = await VivaProcess.RunAsync(_dir, "import", file, "--into", "bank");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("2 Anki notes: 2 imported, 0 converted with loss, 0 skipped; 2 question files written", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(At("bank"), "*.md", SearchOption.AllDirectories).Length);
        Assert.True(File.Exists(Path.Combine(At("bank"), "bank.yml")));

        var second = await VivaProcess.RunAsync(_dir, "import", file, "--into", "bank");
        Assert.Contains("0 question files written", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("the file exists", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_package_is_one_line_and_writes_nothing()
    {
        await File.WriteAllTextAsync(At("broken.apkg"), "not a zip");

        var result = await VivaProcess.RunAsync(_dir, "import", "broken.apkg", "--into", "bank");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("viva: broken.apkg: not a readable zip archive", result.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("(nothing written)", result.Stderr.Trim(), StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.False(Directory.Exists(At("bank")));
    }

    [Fact]
    public async Task History_needs_a_package()
    {
        await File.WriteAllTextAsync(At("notes.tsv"), "front\tback\n");
        var result = await VivaProcess.RunAsync(_dir, "import", "notes.tsv", "--history", "--db", At("viva.db"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--history needs an .apkg", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_packages_review_history_enters_the_review_log_once_and_schedules_the_card()
    {
        Assert.Equal(0, (await VivaProcess.RunAsync(_dir, "export", "--format", "anki-apkg", "--topic", "gil", "gil.apkg")).ExitCode);
        var start = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        // Good, then Again two days later, then Easy; and a manual reschedule (type 4, ease 0), which is no answer.
        AddRevlog(At("gil.apkg"), [(start, 3, 0), (start.AddDays(2), 1, 1), (start.AddDays(3), 4, 1), (start.AddDays(4), 0, 4)]);
        string[] args = ["import", "gil.apkg", "--into", "bank", "--history", "--db", At("viva.db")];

        var first = await VivaProcess.RunAsync(_dir, args);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("history: 3 Anki reviews added to the review log (0 already there, 0 of notes not imported); 1 cards recomputed from 3 reviews",
            first.Stdout, StringComparison.Ordinal);
        var again = await VivaProcess.RunAsync(_dir, args);
        Assert.Contains("history: 0 Anki reviews added to the review log (3 already there", again.Stdout, StringComparison.Ordinal);

        using var db = new SqliteConnection($"Data Source={At("viva.db")};Pooling=False");
        db.Open();
        var reviews = Rows(db, "SELECT QuestionId, ReviewedAt, Rating, Source FROM reviews ORDER BY ReviewedAt",
            r => (r.GetString(0), r.GetInt64(1), r.GetInt32(2), r.GetString(3)));
        Assert.Equal([("gil", start.ToUnixTimeMilliseconds(), 3, "anki"), ("gil", start.AddDays(2).ToUnixTimeMilliseconds(), 1, "anki"),
            ("gil", start.AddDays(3).ToUnixTimeMilliseconds(), 4, "anki")], reviews);
        var card = Assert.Single(Rows(db, "SELECT QuestionId, LastReviewAt, State FROM cards", r => (r.GetString(0), r.GetInt64(1), r.GetInt32(2))));
        Assert.Equal(("gil", start.AddDays(3).ToUnixTimeMilliseconds()), (card.Item1, card.Item2));
        Assert.NotEqual(0, card.Item3);
    }

    /// <summary>Adds revlog rows for the package's one card, as Anki records answers: id is the time in ms, ease the button.</summary>
    private void AddRevlog(string apkg, (DateTimeOffset At, int Ease, int Type)[] answers)
    {
        var collection = At("collection.anki2");
        using (var zip = ZipFile.OpenRead(apkg))
            zip.GetEntry("collection.anki2")!.ExtractToFile(collection);
        using (var db = new SqliteConnection($"Data Source={collection};Pooling=False"))
        {
            db.Open();
            var card = Rows(db, "SELECT id FROM cards", r => r.GetInt64(0)).Single();
            foreach (var (at, ease, type) in answers)
            {
                using var insert = db.CreateCommand();
                insert.CommandText = "INSERT INTO revlog VALUES ($id, $cid, -1, $ease, 1, 0, 2500, 8000, $type)";
                insert.Parameters.AddWithValue("$id", at.ToUnixTimeMilliseconds());
                insert.Parameters.AddWithValue("$cid", card);
                insert.Parameters.AddWithValue("$ease", ease);
                insert.Parameters.AddWithValue("$type", type);
                insert.ExecuteNonQuery();
            }
        }
        File.Delete(apkg);
        using var rebuilt = ZipFile.Open(apkg, ZipArchiveMode.Create);
        rebuilt.CreateEntryFromFile(collection, "collection.anki2");
        using var media = new StreamWriter(rebuilt.CreateEntry("media").Open());
        media.Write("{}");
    }

    private static List<T> Rows<T>(SqliteConnection db, string sql, Func<SqliteDataReader, T> row)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(row(reader));
        return rows;
    }
}
