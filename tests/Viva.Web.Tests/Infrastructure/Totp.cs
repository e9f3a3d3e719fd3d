using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Viva.Web.Tests.Infrastructure;

/// <summary>
/// An authenticator app for the tests: RFC 6238 TOTP over HMAC-SHA-1 (RFC 4226's truncation), 30-second
/// steps, written from the RFCs rather than taken from the app, so the app's codes are checked by an
/// independent implementation (<c>TotpTests</c> holds it to the RFC's own vectors).
/// </summary>
internal static class Totp
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    /// <summary>The code for <paramref name="at"/>; <paramref name="stepOffset"/> moves it by whole steps (the next code, a stale one).</summary>
    public static string Code(byte[] key, DateTimeOffset at, int stepOffset = 0, int digits = 6)
    {
        var counter = at.ToUnixTimeSeconds() / (long)Step.TotalSeconds + stepOffset;
        Span<byte> message = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(message, counter);
        // SHA-1 is what RFC 6238 and every authenticator app use by default; HMAC-SHA-1 is not broken by SHA-1's collisions.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(key, message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff;
        return (binary % (int)Math.Pow(10, digits)).ToString($"D{digits}", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The code an app shows now for a key as the set-up page shows it (base32, grouped, any case).</summary>
    public static string Now(string base32Key, int stepOffset = 0) => Code(Base32(base32Key), DateTimeOffset.UtcNow, stepOffset);

    /// <summary>RFC 4648 base32, ignoring spaces and case (the grouped key on the page).</summary>
    public static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
                throw new FormatException($"'{c}' is not base32");
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }
}
