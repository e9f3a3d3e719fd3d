using System.Text;

namespace Viva.Core.Grading;

/// <summary>A line diff of expected and actual program output, for messages a person reads.</summary>
public static class OutputDiff
{
    /// <summary>
    /// The output text as an <c>```output</c> block holds it: the final newline(s) dropped, since a
    /// block cannot show them; nothing else is changed.
    /// </summary>
    public static string Normalize(string output) => output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');

    /// <summary>A unified-style diff ("- expected", "+ actual", "  same") with up to two lines of context.</summary>
    public static string Describe(string expected, string actual, int maxLines = 20)
    {
        var e = Normalize(expected).Split('\n');
        var a = Normalize(actual).Split('\n');
        var lcs = new int[e.Length + 1, a.Length + 1];
        for (var i = e.Length - 1; i >= 0; i--)
        {
            for (var j = a.Length - 1; j >= 0; j--)
                lcs[i, j] = e[i] == a[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        }
        var lines = new List<(char Mark, string Text)>();
        int x = 0, y = 0;
        while (x < e.Length || y < a.Length)
        {
            if (x < e.Length && y < a.Length && e[x] == a[y])
            {
                lines.Add((' ', e[x]));
                x++;
                y++;
            }
            else if (x < e.Length && (y == a.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                lines.Add(('-', e[x++]));
            }
            else
            {
                lines.Add(('+', a[y++]));
            }
        }
        var changed = lines.Select((l, i) => (l, i)).Where(t => t.l.Mark != ' ').Select(t => t.i).ToList();
        var shown = new StringBuilder();
        var printed = 0;
        var last = -1;
        for (var i = 0; i < lines.Count && printed < maxLines; i++)
        {
            if (!changed.Any(c => Math.Abs(c - i) <= 2))
                continue;
            if (last >= 0 && i > last + 1)
                shown.Append("\n  ...");
            shown.Append('\n').Append(lines[i].Mark).Append(' ').Append(lines[i].Text);
            last = i;
            printed++;
        }
        return shown.ToString();
    }
}
