using System.Net;
using System.Threading.RateLimiting;

namespace Viva.Web.Accounts;

/// <summary>
/// Sign-in attempts per client address (<see cref="Hosting.VivaWebOptions.SignInAttemptsPerMinute"/>, 10 a minute by default). Identity's lockout stops guessing one account's
/// password; this stops one address from trying many accounts. In memory, so per web node: behind a
/// load balancer each node counts its own share.
/// </summary>
internal sealed class SignInThrottle(Hosting.VivaWebOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> _limiter = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        }));

    /// <summary>False when this address has used up its attempts for now.</summary>
    public bool TryAttempt(IPAddress? address)
    {
        using var lease = _limiter.AttemptAcquire(address ?? IPAddress.None);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
