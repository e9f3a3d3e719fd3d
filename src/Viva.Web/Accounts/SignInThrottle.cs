using System.Net;
using Viva.Data;
using Viva.Data.Limits;

namespace Viva.Web.Accounts;

/// <summary>
/// Sign-in attempts per client address (<see cref="Hosting.VivaWebOptions.SignInAttemptsPerMinute"/>, 10 a minute by
/// default). Identity's lockout stops guessing one account's password; this stops one address from trying many
/// accounts. Counted in the database (<see cref="RateCounters"/>), so behind a load balancer the limit holds for
/// all web nodes together rather than once per node.
/// </summary>
internal sealed class SignInThrottle(Hosting.VivaWebOptions options, VivaDb db, TimeProvider clock)
{
    /// <summary>False when this address has used up its attempts for now.</summary>
    public Task<bool> TryAttemptAsync(IPAddress? address, CancellationToken cancellationToken = default) =>
        RateCounters.TryTakeAsync(db, $"signin:{address ?? IPAddress.None}", options.SignInAttemptsPerMinute,
            TimeSpan.FromMinutes(1), clock.GetUtcNow(), cancellationToken);
}
