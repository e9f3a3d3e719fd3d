using Microsoft.AspNetCore.Identity;
using Viva.Data.Accounts;

namespace Viva.Web.Accounts;

/// <summary>
/// Identity's authenticator (TOTP) check, which accepts a code for its whole window (about 2.5 minutes),
/// made to accept each code once (ASVS 6.5.1 asks that a time-based code cannot be replayed): the last
/// accepted code and when it was used are kept in the user's tokens, and the same code again inside the
/// window is refused. Saving goes through the user's concurrency stamp, so two requests racing with one
/// code cannot both win. A new code that happens to equal the last one (one in a million) is refused
/// once and works in the next step.
/// </summary>
internal sealed class OneUseAuthenticatorTokenProvider(TimeProvider clock) : AuthenticatorTokenProvider<VivaUser>
{
    public const string Name = "OneUseAuthenticator";
    private const string Store = "[Viva]";
    private const string LastCodeToken = "LastAuthenticatorCode";
    /// <summary>Longer than any code stays valid (Identity accepts two 30-second steps either side).</summary>
    private static readonly TimeSpan ReplayWindow = TimeSpan.FromMinutes(5);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<VivaUser> manager, VivaUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        if (!await base.ValidateAsync(purpose, token, manager, user))
            return false;
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        if (await manager.GetAuthenticationTokenAsync(user, Store, LastCodeToken) is { } last
            && last.Split('@') is [var code, var at] && code == token && long.TryParse(at, out var usedAt)
            && now - usedAt < (long)ReplayWindow.TotalSeconds)
            return false;
        return (await manager.SetAuthenticationTokenAsync(user, Store, LastCodeToken, $"{token}@{now}")).Succeeded;
    }
}
