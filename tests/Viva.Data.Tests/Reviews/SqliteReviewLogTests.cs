namespace Viva.Data.Tests.Reviews;

/// <summary>The review log on SQLite (the default), plus what only a database file can get wrong.</summary>
public sealed class SqliteReviewLogTests() : ReviewLogContract(new SqliteTestDatabases())
{
    [Fact]
    public async Task A_corrupt_database_file_fails_to_open_and_is_left_untouched()
    {
        var path = Path.Combine(Path.GetDirectoryName(Connection)!, "corrupt.db");
        var garbage = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("this is not a database ", 200)));
        await File.WriteAllBytesAsync(path, garbage);

        await using var db = VivaDatabase.Create(path);
        var error = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => VivaDatabase.MigrateAsync(db));

        Assert.Contains("not a database", error.Message, StringComparison.Ordinal);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task A_migrated_sqlite_database_is_in_wal_mode()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Connection}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
