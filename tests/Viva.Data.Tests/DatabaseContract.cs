namespace Viva.Data.Tests;

/// <summary>
/// A contract that each test runs on a new, migrated database of its own: <see cref="Db"/> is a context on it, and
/// <see cref="Open"/> makes more, for the other nodes, workers or clients a test races against the first.
/// </summary>
public abstract class DatabaseContract(ITestDatabases databases) : IAsyncLifetime
{
    protected VivaDb Db { get; private set; } = null!;

    /// <summary>This test's database: its connection string, for SQLite its file's path.</summary>
    protected string Connection { get; private set; } = "";

    /// <summary>A new context on this test's database; the caller disposes it.</summary>
    protected VivaDb Open() => VivaDatabase.Create(Connection);

    public async Task InitializeAsync()
    {
        Connection = await databases.CreateAsync();
        Db = Open();
        await VivaDatabase.MigrateAsync(Db);
    }

    public async Task DisposeAsync()
    {
        await Db.DisposeAsync();
        await databases.DisposeAsync();
    }
}
