namespace Viva.Data.Accounts;

/// <summary>
/// A one-time link that lets a person set their password: an invitation to a new account with a role,
/// or a reset for an existing one. Only the SHA-256 of the token is stored, so a copy of the database
/// opens no account.
/// </summary>
public sealed class InvitationRecord
{
    public long Id { get; set; }
    /// <summary>Lower-case hex SHA-256 of the token in the link.</summary>
    public required string TokenHash { get; set; }
    public required string Email { get; set; }
    /// <summary>The role the account gets when it is created by this invitation.</summary>
    public required string Role { get; set; }
    /// <summary>The team the new account joins (the inviter's, unless the admin named another); null for none.</summary>
    public string? Team { get; set; }
    /// <summary>Who made it: a user id, or "cli" for <c>viva user add</c>.</summary>
    public required string CreatedBy { get; set; }
    /// <summary>Unix milliseconds (UTC), as are the two below.</summary>
    public long CreatedAt { get; set; }
    public long ExpiresAt { get; set; }
    public long? UsedAt { get; set; }
}
