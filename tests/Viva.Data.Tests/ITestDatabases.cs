namespace Viva.Data.Tests;

/// <summary>
/// Makes a test class's databases on one provider, so that a contract is written once and run on each. A connection
/// string rather than a context, because the contracts open several contexts on one database (nodes, workers, clients).
/// </summary>
public interface ITestDatabases : IAsyncDisposable
{
    /// <summary>The connection string of a new, empty database (for SQLite, the path of a file not yet made).</summary>
    Task<string> CreateAsync();
}
