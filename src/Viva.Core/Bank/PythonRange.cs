using System.Globalization;

namespace Viva.Core.Bank;

/// <summary>
/// A range of Python versions written as comma-separated bounds (<c>&gt;=3.8, &lt;3.13</c>), compared on
/// major.minor. <see cref="Any"/> holds for every version.
/// </summary>
public sealed record PythonRange
{
    public static readonly PythonRange Any = new(string.Empty, []);

    private static readonly string[] Operators = [">=", "<=", "==", "!=", ">", "<"];

    private readonly IReadOnlyList<(string Op, Version Version)> _bounds;

    private PythonRange(string text, IReadOnlyList<(string Op, Version Version)> bounds)
    {
        Text = text;
        _bounds = bounds;
    }

    /// <summary>The range as written in the file; empty for <see cref="Any"/>.</summary>
    public string Text { get; }

    public bool IsAny => _bounds.Count == 0;

    public bool Contains(Version version)
    {
        var v = new Version(version.Major, Math.Max(version.Minor, 0));
        foreach (var (op, bound) in _bounds)
        {
            var c = v.CompareTo(bound);
            var ok = op switch
            {
                ">=" => c >= 0,
                ">" => c > 0,
                "<=" => c <= 0,
                "<" => c < 0,
                "==" => c == 0,
                "!=" => c != 0,
                _ => false,
            };
            if (!ok)
                return false;
        }
        return true;
    }

    /// <summary>Parses a range; returns an error message instead of throwing on bad input.</summary>
    public static bool TryParse(string text, out PythonRange range, out string error)
    {
        range = Any;
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        var bounds = new List<(string, Version)>();
        foreach (var raw in text.Split(','))
        {
            var part = raw.Trim();
            var op = Operators.FirstOrDefault(part.StartsWith);
            if (op is null || !TryParseVersion(part[op.Length..].Trim(), out var version))
            {
                error = $"'{part}' is not a version bound such as >=3.8 or <3.13";
                return false;
            }
            bounds.Add((op, version));
        }
        range = new PythonRange(text, bounds);
        return true;
    }

    private static bool TryParseVersion(string text, out Version version)
    {
        version = new Version(0, 0);
        var parts = text.Split('.');
        if (parts.Length is < 1 or > 2 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
            return false;
        var major = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var minor = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        version = new Version(major, minor);
        return true;
    }

    public bool Equals(PythonRange? other) => other is not null && other.Text == Text;

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Text;
}
