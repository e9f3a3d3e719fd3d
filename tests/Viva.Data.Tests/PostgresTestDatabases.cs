using Viva.Tests.Shared;

namespace Viva.Data.Tests;

/// <summary>Databases on the test class's PostgreSQL server.</summary>
public sealed class PostgresTestDatabases(PostgresServer server) : ITestDatabases
{
    public Task<string> CreateAsync() => server.CreateDatabaseAsync();

    // The databases go when the server fixture does.
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
