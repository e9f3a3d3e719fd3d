using System.Buffers.Binary;
using System.IO.Compression;
using Microsoft.Data.Sqlite;
using Viva.Core.Interchange.Anki;

namespace Viva.Core.Tests.Interchange.Anki;

/// <summary>Hostile or broken .apkg files: each is one clear problem, nothing is read outside the package and no bomb is expanded.</summary>
public sealed class ApkgSafetyTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("viva-apkg-safety-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void A_file_that_is_not_a_zip_is_refused()
    {
        var path = Write("notzip.apkg", "this is a text file, not a package"u8.ToArray());
        Assert.Contains("not a readable zip", Problem(path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_package_is_refused()
    {
        var good = Package("good.apkg", ("collection.anki2", new byte[5000]), ("media", "{}"u8.ToArray()));
        var bytes = File.ReadAllBytes(good);
        var path = Write("truncated.apkg", bytes[..(bytes.Length / 2)]);
        Assert.Contains("not a readable zip", Problem(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("/tmp/absolute.txt")]
    [InlineData("media/../../up.txt")]
    [InlineData("C:/windows.txt")]
    public void An_entry_naming_a_path_outside_the_package_is_refused(string name)
    {
        var path = Package("traversal.apkg", (name, "x"u8.ToArray()), ("collection.anki2", new byte[10]));
        Assert.Contains("points outside the package", Problem(path), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir.FullName, "..", "escape.txt")));
    }

    [Fact]
    public void Entries_declaring_more_than_the_cap_are_refused_before_anything_expands()
    {
        // Two 150 MB runs of zeros compress to a few hundred kilobytes each: small on disk, far over the cap expanded.
        var path = Path.Combine(_dir.FullName, "bomb.apkg");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var name in new[] { "collection.anki2", "media" })
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                var zeros = new byte[1 << 20];
                for (var i = 0; i < 150; i++)
                    entry.Write(zeros);
            }
        }
        Assert.True(new FileInfo(path).Length < 10 << 20);
        Assert.Contains("zip bomb", Problem(path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_high_compression_ratio_is_refused()
    {
        var path = Package("ratio.apkg", ("collection.anki2", new byte[20 << 20]));
        var problem = Problem(path);
        Assert.Contains("expands", problem, StringComparison.Ordinal);
        Assert.Contains("zip bomb", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_that_expands_past_the_size_it_declares_is_cut_off()
    {
        // Declared sizes rewritten to 1000 bytes in both headers: the guard's ratio check passes. .NET's reader stops at the
        // declared size on its own (the 1000 zero bytes are then no SQLite file); the copy's own cap stands behind it.
        var path = Package("liar.apkg", ("collection.anki2", new byte[4 << 20]));
        var bytes = File.ReadAllBytes(path);
        Patch(bytes, 0x04034b50, 22);
        Patch(bytes, 0x02014b50, 24);
        File.WriteAllBytes(path, bytes);
        var problem = Problem(path);
        Assert.True(problem.Contains("beyond the 1000 bytes", StringComparison.Ordinal) || problem.Contains("not a readable zip", StringComparison.Ordinal)
            || problem.Contains("is not an SQLite database", StringComparison.Ordinal), problem);
    }

    [Fact]
    public void A_collection_that_is_not_sqlite_is_refused()
    {
        var path = Package("text.apkg", ("collection.anki2", "not a database at all, just words"u8.ToArray()), ("media", "{}"u8.ToArray()));
        Assert.Contains("collection.anki2 is not an SQLite database", Problem(path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_collection_without_ankis_tables_is_refused()
    {
        var db = Path.Combine(_dir.FullName, "other.sqlite");
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE notes (id integer); CREATE TABLE unrelated (x text);";
            command.ExecuteNonQuery();
        }
        var path = Package("other.apkg", ("collection.anki2", File.ReadAllBytes(db)));
        Assert.Contains("lacks the table(s) col, cards, revlog", Problem(path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_in_the_newer_compressed_format_names_the_way_out()
    {
        var path = Package("new.apkg", ("collection.anki21b", new byte[100]), ("meta", new byte[4]));
        Assert.Contains("Support older Anki versions", Problem(path), StringComparison.Ordinal);
    }

    private string Problem(string path)
    {
        var read = AnkiPackageReader.Read(path);
        Assert.Empty(read.Notes);
        Assert.Equal(path, read.Problem!.File);
        Assert.DoesNotContain('\n', read.Problem.Message);
        return read.Problem.Message;
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Package(string name, params (string Entry, byte[] Bytes)[] entries)
    {
        var path = Path.Combine(_dir.FullName, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, bytes) in entries)
        {
            using var stream = zip.CreateEntry(entry).Open();
            stream.Write(bytes);
        }
        return path;
    }

    /// <summary>Sets the uncompressed size field at <paramref name="offset"/> of every header with this signature to 1000.</summary>
    private static void Patch(byte[] bytes, uint signature, int offset)
    {
        for (var i = 0; i + 4 <= bytes.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i)) == signature)
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + offset), 1000);
        }
    }
}
