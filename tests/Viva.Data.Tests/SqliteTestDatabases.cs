namespace Viva.Data.Tests;

/// <summary>SQLite files in a temporary directory of their own, deleted with it on dispose.</summary>
public sealed class SqliteTestDatabases : ITestDatabases
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-db-").FullName;

    public Task<string> CreateAsync() => Task.FromResult(Path.Combine(_dir, $"{Guid.NewGuid():N}.db"));

    public ValueTask DisposeAsync()
    {
        // Pooled connections outlive their contexts: cleared, none keeps a deleted file open.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
        return ValueTask.CompletedTask;
    }
}
