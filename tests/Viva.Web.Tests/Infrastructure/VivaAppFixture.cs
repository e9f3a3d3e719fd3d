using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Viva.Data;
using Viva.Web.Hosting;

namespace Viva.Web.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel on a free loopback port, with the bundled bank and a fresh SQLite database in
/// a temporary directory (<see cref="PostgresAppFixture"/>: PostgreSQL); one per test class, so each class
/// starts as a new user.
/// </summary>
public class VivaAppFixture : IAsyncLifetime, IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("viva-web-tests-");
    private readonly TestOutputLoggerProvider _logs = new();
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The app's clock (<see cref="TimeProvider"/> is the seam), so a test can make cards come due.</summary>
    public ManualClock Clock { get; } = new();

    /// <summary>Limits for this app; a test class may start one with tighter limits.</summary>
    public Func<VivaWebOptions, VivaWebOptions> Configure { get; init; } = o => o;

    /// <summary>The app's database: an SQLite path or a PostgreSQL connection string.</summary>
    public string Database { get; private set; } = "";

    protected virtual Task<string> CreateDatabaseAsync() => Task.FromResult(Path.Combine(_dir.FullName, "viva.db"));

    /// <summary>Sends the app's logs to this test's output.</summary>
    public void LogTo(ITestOutputHelper output) => _logs.Output = output;

    public async Task InitializeAsync()
    {
        Database = await CreateDatabaseAsync();
        _app = VivaWebApp.Create(Configure(new VivaWebOptions { Port = 0, BankPaths = [RepoPaths.Bank], Database = Database }), builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(Clock);
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(_logs);
        });
        BaseUrl = await VivaWebApp.StartAsync(_app);
    }

    /// <summary>The running app's services (its endpoints, for tests that enumerate them).</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("the app has not started");

    /// <summary>A database context on the app's database, to check what was (not) stored.</summary>
    public VivaDb OpenDatabase() => VivaDatabase.Create(Database);

    public void Dispose()
    {
        _logs.Dispose();
        GC.SuppressFinalize(this);
    }

    public virtual async Task DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }
}
