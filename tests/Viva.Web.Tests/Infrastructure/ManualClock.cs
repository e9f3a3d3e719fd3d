namespace Viva.Web.Tests.Infrastructure;

/// <summary>The app's clock in tests: starts at the real time and moves only when a test advances it.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
