namespace Viva.Web.Tests.Infrastructure;

/// <summary>The app in multi-user mode on SQLite; sign-ins are not throttled (the throttle has its own test).</summary>
public sealed class MultiUserAppFixture : VivaAppFixture
{
    public MultiUserAppFixture() => Configure = o => o with { MultiUser = true, SignInAttemptsPerMinute = 10_000 };
}

/// <summary>The app in multi-user mode on PostgreSQL.</summary>
public sealed class MultiUserPostgresAppFixture : PostgresAppFixture
{
    public MultiUserPostgresAppFixture() => Configure = o => o with { MultiUser = true, SignInAttemptsPerMinute = 10_000 };
}

/// <summary>Multi-user mode with the default sign-in throttle.</summary>
public sealed class ThrottledAppFixture : VivaAppFixture
{
    public ThrottledAppFixture() => Configure = o => o with { MultiUser = true };
}
