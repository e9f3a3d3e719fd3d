using Viva.Web.Tests.Infrastructure;

namespace Viva.Web.Tests.Browser;

/// <summary>The user journey on PostgreSQL: every page and write of the app also works on the scale-out database.</summary>
public sealed class PostgresJourneyTests(PostgresAppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : UserJourney<PostgresAppFixture>(app, browser, output), IClassFixture<PostgresAppFixture>;
