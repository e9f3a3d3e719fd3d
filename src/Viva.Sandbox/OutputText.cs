using System.Text;

namespace Viva.Sandbox;

/// <summary>Makes program output safe to show: UTF-8 with replacement, no terminal control or bidi overrides.</summary>
public static class OutputText
{
    public static string Clean(ReadOnlySpan<byte> raw)
    {
        var text = Encoding.UTF8.GetString(raw);
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var keep = c is '\n' or '\t'
                || (!char.IsControl(c) && c is not ('\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069' or '\u200E' or '\u200F'));
            if (keep)
                clean.Append(c);
        }
        return clean.ToString();
    }
}
