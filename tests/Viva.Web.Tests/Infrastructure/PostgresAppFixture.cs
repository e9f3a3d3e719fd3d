using Viva.Tests.Shared;

namespace Viva.Web.Tests.Infrastructure;

/// <summary>The real app on a throwaway PostgreSQL server, the scale-out database, instead of SQLite.</summary>
public class PostgresAppFixture : VivaAppFixture
{
    private readonly PostgresServer _server = new();

    protected override async Task<string> CreateDatabaseAsync()
    {
        await _server.InitializeAsync();
        return await _server.CreateDatabaseAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _server.DisposeAsync();
    }
}
