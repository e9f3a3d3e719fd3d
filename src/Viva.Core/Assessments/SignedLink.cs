using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Viva.Core.Assessments;

/// <summary>
/// An assessment invitation's link token: <c>{invitation id}.{expiry, unix seconds}.{HMAC-SHA256}</c>,
/// signed with the assessment's own key. A changed id or expiry breaks the signature, an expired one is
/// refused before any database read, and being used once is the database's business (the invitation
/// is redeemed by a conditional update).
/// </summary>
public static class SignedLink
{
    /// <summary>A new random signing key (256 bits), base64.</summary>
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string key, string invitationId, DateTimeOffset expires)
    {
        var payload = invitationId + "." + expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return payload + "." + Signature(key, payload);
    }

    /// <summary>The id and expiry a token names, before checking it (the id says which key to check it with); null when malformed.</summary>
    public static (string InvitationId, DateTimeOffset Expires)? Read(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || parts[0].Length is 0 or > 64 || parts[2].Length > 64
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253402300799)
            return null;
        return (parts[0], DateTimeOffset.FromUnixTimeSeconds(seconds));
    }

    /// <summary>Whether the token carries this key's signature of its id and expiry, compared in constant time.</summary>
    public static bool IsSigned(string key, string token)
    {
        var dot = token.LastIndexOf('.');
        if (dot < 0)
            return false;
        var expected = Encoding.ASCII.GetBytes(Signature(key, token[..dot]));
        var given = Encoding.ASCII.GetBytes(token[(dot + 1)..]);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private static string Signature(string key, string payload) =>
        Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(key), Encoding.UTF8.GetBytes("viva assessment link v1\0" + payload)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
