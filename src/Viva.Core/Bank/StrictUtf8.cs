using System.Text;

namespace Viva.Core.Bank;

/// <summary>Where a file stops being UTF-8: the line and byte offset of the first bad byte, and the byte itself.</summary>
internal sealed record InvalidUtf8(int Line, int Offset, string Byte);

/// <summary>
/// Question files and imported files are UTF-8 and nothing else: a wrong byte is an error named by its line,
/// never silently turned into a replacement character.
/// </summary>
internal static class StrictUtf8
{
    private static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null with <paramref name="invalid"/> saying where the first bad byte is.</summary>
    public static string? Decode(byte[] bytes, out InvalidUtf8? invalid)
    {
        try
        {
            invalid = null;
            return Encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Max(e.Index, 0);
            var line = 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
            invalid = new InvalidUtf8(line, offset, e.BytesUnknown is { Length: > 0 } b ? $"0x{b[0]:X2}" : "a byte");
            return null;
        }
    }
}
