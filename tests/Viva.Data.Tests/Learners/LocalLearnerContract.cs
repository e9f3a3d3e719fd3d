using Viva.Data.Learners;
using Viva.Tests.Shared;

namespace Viva.Data.Tests.Learners;

/// <summary>What the local learner id must do on every database (the derived classes).</summary>
public abstract class LocalLearnerContract
{
    /// <summary>A migrated context on a new, empty database.</summary>
    protected abstract Task<VivaDb> NewDatabaseAsync();

    [Fact]
    public async Task A_database_keeps_one_learner_id_for_good_and_another_database_gets_its_own()
    {
        await using var db = await NewDatabaseAsync();
        await using var other = await NewDatabaseAsync();

        var first = await LocalLearner.IdAsync(db);
        var again = await LocalLearner.IdAsync(db);
        var elsewhere = await LocalLearner.IdAsync(other);

        Assert.Matches("^[0-9a-f]{32}$", first);
        Assert.Equal(first, again);
        Assert.NotEqual(first, elsewhere);
    }

    [Fact]
    public async Task Processes_asking_at_once_on_a_new_database_all_get_the_same_id()
    {
        await using var first = await NewDatabaseAsync();
        var contexts = new List<VivaDb> { first };
        for (var i = 0; i < 3; i++)
            contexts.Add(await ReopenAsync(first));

        var ids = await Task.WhenAll(contexts.Select(c => LocalLearner.IdAsync(c)));

        Assert.Single(ids.Distinct());
        foreach (var c in contexts.Skip(1))
            await c.DisposeAsync();
    }

    /// <summary>Another context on the same database.</summary>
    protected abstract Task<VivaDb> ReopenAsync(VivaDb db);
}

public sealed class SqliteLocalLearnerTests : LocalLearnerContract, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-learner-").FullName;
    private readonly Dictionary<VivaDb, string> _paths = [];

    protected override async Task<VivaDb> NewDatabaseAsync()
    {
        var path = Path.Combine(_dir, $"{Guid.NewGuid():N}.db");
        var db = VivaDatabase.Create(path);
        await VivaDatabase.MigrateAsync(db);
        _paths[db] = path;
        return db;
    }

    protected override Task<VivaDb> ReopenAsync(VivaDb db) => Task.FromResult(VivaDatabase.Create(_paths[db]));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

public sealed class PostgresLocalLearnerTests(PostgresServer server) : LocalLearnerContract, IClassFixture<PostgresServer>
{
    private readonly Dictionary<VivaDb, string> _connections = [];

    protected override async Task<VivaDb> NewDatabaseAsync()
    {
        var connection = await server.CreateDatabaseAsync();
        var db = VivaDatabase.Create(connection);
        await VivaDatabase.MigrateAsync(db);
        _connections[db] = connection;
        return db;
    }

    protected override Task<VivaDb> ReopenAsync(VivaDb db) => Task.FromResult(VivaDatabase.Create(_connections[db]));
}
