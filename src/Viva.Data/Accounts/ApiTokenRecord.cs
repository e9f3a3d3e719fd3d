namespace Viva.Data.Accounts;

/// <summary>
/// A personal access token for scripts and CI: a secret sent as <c>Authorization: Bearer</c> to /api.
/// Only the secret's SHA-256 is stored, with a short visible prefix to find it by and to show in lists;
/// a copy of the database therefore opens nothing.
/// </summary>
public sealed class ApiTokenRecord
{
    public long Id { get; set; }
    /// <summary>The account the token acts as (a <see cref="VivaUser"/> id); deleting the account deletes its tokens.</summary>
    public required string UserId { get; set; }
    /// <summary>What the owner called it ("CI", "laptop script").</summary>
    public required string Name { get; set; }
    /// <summary>The start of the secret (<c>viva_pat_</c> and 8 more characters): shown in lists, indexed for the lookup.</summary>
    public required string Prefix { get; set; }
    /// <summary>Lower-case hex SHA-256 of the whole secret.</summary>
    public required string SecretHash { get; set; }
    /// <summary>Space-separated scopes (<see cref="ApiScopes"/>).</summary>
    public required string Scopes { get; set; }
    /// <summary>Unix milliseconds (UTC), as are the three below.</summary>
    public long CreatedAt { get; set; }
    public long ExpiresAt { get; set; }
    public long? LastUsedAt { get; set; }
    public long? RevokedAt { get; set; }
}
