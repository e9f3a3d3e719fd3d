using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Viva.Data.Accounts;

/// <summary>
/// Makes, finds and revokes <see cref="ApiTokenRecord"/>s. A secret is <c>viva_pat_</c> and 32 random bytes
/// in base64url: recognisable to secret scanners, and too long to guess.
/// </summary>
public static class ApiTokens
{
    public const string SecretStart = "viva_pat_";
    /// <summary>Random characters kept in the visible prefix: enough to tell a person's tokens apart, 48 bits to index.</summary>
    private const int PrefixRandomChars = 8;
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(90);
    /// <summary>No token lives longer: a forgotten one dies within a year.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(365);
    public const int MaxNameLength = 100;

    /// <summary>Why these settings make no token, or null when they do.</summary>
    public static string? Problem(string? name, IReadOnlyCollection<string> scopes, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
            return $"Give the token a name of 1 to {MaxNameLength} characters.";
        if (scopes.Count == 0 || scopes.Any(s => !ApiScopes.All.Contains(s)))
            return $"Choose at least one scope ({string.Join(", ", ApiScopes.All)}).";
        if (lifetime <= TimeSpan.Zero || lifetime > MaxLifetime)
            return $"A token lasts from 1 to {MaxLifetime.TotalDays:0} days.";
        return null;
    }

    /// <summary>Stores a new token of <paramref name="userId"/> and returns it with its secret (shown once, never stored).</summary>
    public static async Task<(ApiTokenRecord Token, string Secret)> CreateAsync(VivaDb db, string userId, string name, IReadOnlyCollection<string> scopes,
        TimeSpan lifetime, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Problem(name, scopes, lifetime) is { } problem)
            throw new ArgumentException(problem);
        var secret = SecretStart + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = new ApiTokenRecord
        {
            UserId = userId, Name = name.Trim(), Prefix = PrefixOf(secret), SecretHash = Convert.ToHexStringLower(Hash(secret)),
            Scopes = string.Join(' ', ApiScopes.All.Where(scopes.Contains)),
            CreatedAt = now.ToUnixTimeMilliseconds(), ExpiresAt = (now + lifetime).ToUnixTimeMilliseconds(),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return (token, secret);
    }

    /// <summary>
    /// The token whose secret this is, whatever its state (the caller tells expired and revoked apart);
    /// null for any other string. Found by its prefix, then the hashes compared in constant time.
    /// </summary>
    public static async Task<ApiTokenRecord?> FindAsync(VivaDb db, string secret, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!secret.StartsWith(SecretStart, StringComparison.Ordinal) || secret.Length is < 40 or > 100)
            return null;
        var prefix = PrefixOf(secret);
        var hash = Hash(secret);
        var candidates = await db.ApiTokens.AsNoTracking().Where(t => t.Prefix == prefix).ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(t => CryptographicOperations.FixedTimeEquals(Convert.FromHexString(t.SecretHash), hash));
    }

    /// <summary>Neither revoked nor expired.</summary>
    public static bool IsActive(ApiTokenRecord token, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.RevokedAt is null && token.ExpiresAt > now.ToUnixTimeMilliseconds();
    }

    public static bool Allows(ApiTokenRecord token, string scope)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Scopes.Split(' ').Contains(scope);
    }

    /// <summary>
    /// Records a use. At most one write a minute per token: a script calling in a loop should not turn
    /// every read into a write.
    /// </summary>
    public static Task MarkUsedAsync(VivaDb db, ApiTokenRecord token, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(token);
        var at = now.ToUnixTimeMilliseconds();
        if (token.LastUsedAt is { } last && at - last < 60_000)
            return Task.CompletedTask;
        return db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, at), cancellationToken);
    }

    /// <summary>The person's tokens, newest first, revoked ones included (their list shows them as revoked).</summary>
    public static Task<List<ApiTokenRecord>> ListAsync(VivaDb db, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Revokes one of the person's own tokens; false when they have no such token (another person's id finds nothing).</summary>
    public static async Task<bool> RevokeAsync(VivaDb db, string userId, long id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var at = now.ToUnixTimeMilliseconds();
        var changed = await db.ApiTokens.Where(t => t.Id == id && t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, at), cancellationToken);
        return changed == 1;
    }

    private static string PrefixOf(string secret) => secret[..(SecretStart.Length + PrefixRandomChars)];

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
