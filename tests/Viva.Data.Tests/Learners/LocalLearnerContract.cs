using Viva.Data.Learners;
using Viva.Tests.Shared;

namespace Viva.Data.Tests.Learners;

/// <summary>What the local learner id must do on every database (the derived classes).</summary>
public abstract class LocalLearnerContract(ITestDatabases databases) : IAsyncLifetime
{
    private readonly Dictionary<VivaDb, string> _connections = [];

    /// <summary>A migrated context on a new, empty database.</summary>
    private async Task<VivaDb> NewDatabaseAsync()
    {
        var connection = await databases.CreateAsync();
        var db = VivaDatabase.Create(connection);
        await VivaDatabase.MigrateAsync(db);
        _connections[db] = connection;
        return db;
    }

    /// <summary>Another context on the same database.</summary>
    private VivaDb Reopen(VivaDb db) => VivaDatabase.Create(_connections[db]);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await databases.DisposeAsync();

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
            contexts.Add(Reopen(first));

        var ids = await Task.WhenAll(contexts.Select(c => LocalLearner.IdAsync(c)));

        Assert.Single(ids.Distinct());
        foreach (var c in contexts.Skip(1))
            await c.DisposeAsync();
    }
}

public sealed class SqliteLocalLearnerTests() : LocalLearnerContract(new SqliteTestDatabases());

public sealed class PostgresLocalLearnerTests(PostgresServer server) : LocalLearnerContract(new PostgresTestDatabases(server)), IClassFixture<PostgresServer>;
