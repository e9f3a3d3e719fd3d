using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Viva.Data.Accounts;

/// <summary>Makes and redeems <see cref="InvitationRecord"/>s: random 256-bit tokens, stored hashed, used once, expiring.</summary>
public static class Invitations
{
    /// <summary>Long enough to reach someone by e-mail over a weekend, short enough that a forgotten link dies.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(3);

    /// <summary>Stores a new invitation and returns the token for its link (shown once, never stored). A new account joins <paramref name="team"/>.</summary>
    public static async Task<string> CreateAsync(VivaDb db, string email, string role, string createdBy, DateTimeOffset now, string? team = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Roles.Parse(role) is not { } known)
            throw new ArgumentException($"unknown role '{role}' (one of {string.Join(", ", Roles.All)})", nameof(role));
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.Invitations.Add(new InvitationRecord
        {
            TokenHash = Hash(token), Email = email.Trim(), Role = known, CreatedBy = createdBy, Team = string.IsNullOrWhiteSpace(team) ? null : team.Trim(),
            CreatedAt = now.ToUnixTimeMilliseconds(), ExpiresAt = (now + Lifetime).ToUnixTimeMilliseconds(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>The unused, unexpired invitation of this token; null for any other token.</summary>
    public static Task<InvitationRecord?> FindAsync(VivaDb db, string? token, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (string.IsNullOrEmpty(token) || token.Length > 100)
            return Task.FromResult<InvitationRecord?>(null);
        var hash = Hash(token);
        var at = now.ToUnixTimeMilliseconds();
        return db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash && i.UsedAt == null && i.ExpiresAt > at, cancellationToken);
    }

    /// <summary>
    /// Marks the invitation used; false when another request used it first (the update is conditional,
    /// so two tabs cannot both redeem one link).
    /// </summary>
    public static async Task<bool> RedeemAsync(VivaDb db, InvitationRecord invitation, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(invitation);
        var at = now.ToUnixTimeMilliseconds();
        var changed = await db.Invitations.Where(i => i.Id == invitation.Id && i.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, at), cancellationToken);
        return changed == 1;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
