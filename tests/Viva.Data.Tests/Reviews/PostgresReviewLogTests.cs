using Viva.Tests.Shared;

namespace Viva.Data.Tests.Reviews;

/// <summary>The review log on PostgreSQL, the scale-out database: a real server, a fresh database per test.</summary>
public sealed class PostgresReviewLogTests(PostgresServer server) : ReviewLogContract(new PostgresTestDatabases(server)), IClassFixture<PostgresServer>;
