using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace Viva.Data.Accounts;

/// <summary>
/// An admin's way back in for someone who lost both their authenticator and their recovery codes
/// (<c>viva user reset-2fa</c>): two-factor sign-in off, the key and codes gone, every session ended.
/// An interviewer or admin is then sent to set it up again by the sign-in gate, as on their first day.
/// </summary>
public static class TwoFactorReset
{
    /// <summary>Resets the account with this e-mail address; false when there is none.</summary>
    public static async Task<bool> ResetAsync(VivaDb db, string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(email);
        // Identity stores e-mail addresses normalised to upper case for look-ups.
        var normalized = email.Trim().ToUpperInvariant();
        if (await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken) is not { } user)
            return false;
        user.TwoFactorEnabled = false;
        // A new stamp makes every cookie issued before it worthless (the gate checks it on each request);
        // a new concurrency stamp makes a web request racing this one fail rather than write the old state back.
        user.SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(20));
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        // Every user token Viva keeps belongs to two-factor sign-in: the authenticator key, the recovery
        // codes and the last code used (API tokens have their own table and stay).
        db.UserTokens.RemoveRange(await db.UserTokens.Where(t => t.UserId == user.Id).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
