using System.Text;

namespace Viva.Sandbox;

/// <summary>
/// Makes program output safe to show in a terminal or a page: UTF-8 with replacement, and no terminal
/// control (whole ANSI CSI/OSC/DCS escape sequences, C0/C1 controls other than \n and \t) or bidi
/// overrides and isolates that could disguise what is shown.
/// </summary>
public static class OutputText
{
    public static string Clean(ReadOnlySpan<byte> raw) => Clean(Encoding.UTF8.GetString(raw));

    public static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\u001B' or '\u009B' or '\u009D' or '\u0090' or '\u009E' or '\u009F')
            {
                i = SkipEscape(text, i);
                continue;
            }
            if (c is '\n' or '\t' || !(char.IsControl(c) || IsBidiControl(c)))
                clean.Append(c);
        }
        return clean.ToString();
    }

    /// <summary>Returns the index of the last character of the escape sequence starting at <paramref name="start"/>.</summary>
    private static int SkipEscape(string text, int start)
    {
        var c = text[start];
        var i = start + 1;
        char kind;
        if (c == '\u001B')
        {
            if (i >= text.Length)
                return start;
            kind = text[i] switch { '[' => '[', ']' => ']', 'P' or 'X' or '^' or '_' => 'P', _ => 'e' };
            if (kind == 'e')
            {
                // ESC followed by intermediates (0x20-0x2F) and one final byte: ESC ( B, ESC 7, ESC c...
                while (i < text.Length && text[i] is >= ' ' and <= '/')
                    i++;
                return Math.Min(i, text.Length - 1);
            }
            i++;
        }
        else
        {
            kind = c == '\u009B' ? '[' : c == '\u009D' ? ']' : 'P';
        }
        if (kind == '[')
        {
            // CSI: parameters and intermediates, then one final byte in 0x40-0x7E.
            while (i < text.Length && text[i] is >= ' ' and <= '?' and not '\n')
                i++;
            return Math.Min(i, text.Length - 1);
        }
        // OSC, DCS, SOS, PM, APC: up to BEL or ST (ESC \ or 0x9C); a newline ends a broken one.
        for (; i < text.Length; i++)
        {
            if (text[i] is '\u0007' or '\u009C')
                return i;
            if (text[i] == '\u001B' && i + 1 < text.Length && text[i + 1] == '\\')
                return i + 1;
            if (text[i] == '\n')
                return i - 1;
        }
        return text.Length - 1;
    }

    private static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
