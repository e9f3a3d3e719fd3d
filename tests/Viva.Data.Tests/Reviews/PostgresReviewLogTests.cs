using Viva.Tests.Shared;

namespace Viva.Data.Tests.Reviews;

/// <summary>The review log on PostgreSQL, the scale-out database: a real server, a fresh database per test.</summary>
public sealed class PostgresReviewLogTests(PostgresServer server) : ReviewLogContract, IClassFixture<PostgresServer>
{
    private string? _connection;

    protected override async Task<VivaDb> OpenAsync() => VivaDatabase.Create(_connection ??= await server.CreateDatabaseAsync());
}
