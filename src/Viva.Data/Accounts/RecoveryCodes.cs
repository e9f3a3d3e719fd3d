using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Viva.Data.Accounts;

/// <summary>
/// Two-factor recovery codes at rest. Identity keeps them in plain text (one user token, the codes joined
/// by ';'), so a copy of the database would sign anyone in past their second factor; Viva stores only
/// each code's SHA-256. That needs no salt and no slow hash because the codes are long: Identity's own
/// (10 characters from 26, 47 bits) could be searched in hours on one GPU, so Viva makes 20 characters
/// from the same 26 (94 bits), beyond any search, and a hash table of them cannot be built.
/// </summary>
public static class RecoveryCodes
{
    /// <summary>Where Identity's user store keeps its own tokens (UserStoreBase's InternalLoginProvider) and the recovery codes' name there.</summary>
    public const string Store = "[AspNetUserStore]";
    public const string TokenName = "RecoveryCodes";
    private const string HashPrefix = "sha256:";
    /// <summary>Identity's alphabet: no 0/O, 1/I/L or vowels, so a code is easy to read off paper and spells no words.</summary>
    private static readonly char[] Alphabet = "23456789BCDFGHJKMNPQRTVWXY".ToCharArray();
    private const int Groups = 4;
    private const int GroupLength = 5;

    /// <summary>A new code: four groups of five, like <c>7KQ2M-XBH4D-9TPCW-R3NFY</c>.</summary>
    public static string Create() =>
        string.Join('-', RandomNumberGenerator.GetItems<char>(Alphabet, Groups * GroupLength).Chunk(GroupLength).Select(g => new string(g)));

    /// <summary>What is stored for a code: its hash (a code typed in lower case is the same code).</summary>
    public static string Hash(string code) =>
        HashPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant())));

    /// <summary>A stored entry as it must be: entries written before hashing are hashed, hashes are kept.</summary>
    public static string AtRest(string entry) => entry.StartsWith(HashPrefix, StringComparison.Ordinal) ? entry : Hash(entry);

    /// <summary>
    /// Hashes the recovery codes a database kept in plain text before Viva hashed them (Identity's format),
    /// so they keep working and nothing readable stays; run with the migrations, a no-op once done.
    /// </summary>
    public static async Task HashPlainTextAsync(VivaDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.UserTokens.Where(t => t.LoginProvider == Store && t.Name == TokenName).ToListAsync(cancellationToken);
        foreach (var row in rows.Where(r => !string.IsNullOrEmpty(r.Value)))
            row.Value = string.Join(';', row.Value!.Split(';').Select(AtRest));
        await db.SaveChangesAsync(cancellationToken);
    }
}
