using System.Security.Cryptography;
using System.Text;

namespace Viva.Core.Interchange.Gift;

/// <summary>
/// Where an imported question goes in the bank: its area, topic and id from a GIFT or Moodle category path, and the
/// slug any imported name (a category, an Anki deck or tag) becomes as an id.
/// </summary>
internal static class ImportPlace
{
    /// <summary>Area, topic and question id from a category path: its last three segments, as slugs.</summary>
    public static (string Area, string Topic, string Id) FromCategory(string category, string sourceName)
    {
        var slugs = CategorySegments(category).Select(Slug).ToList();
        return slugs.Count switch
        {
            0 => ("imported", "imported", Slug(Path.GetFileNameWithoutExtension(sourceName))),
            1 => ("imported", slugs[0], slugs[0]),
            2 => (slugs[0], slugs[1], slugs[1]),
            _ => (slugs[^3], slugs[^2], slugs[^1]),
        };
    }

    /// <summary>The category's path without its <c>$course$</c>-style context and Viva's own root; <c>//</c> is a literal slash.</summary>
    public static List<string> CategorySegments(string category)
    {
        var segments = category.Replace("//", "\u0001", StringComparison.Ordinal).Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Replace('\u0001', '/').Trim()).Where(s => s.Length > 0).ToList();
        if (segments.Count > 0 && segments[0].StartsWith('$') && segments[0].EndsWith('$'))
            segments.RemoveAt(0);
        // Moodle 3.5 and later write the context's root category, "top", first.
        if (segments.Count > 0 && segments[0] == "top")
            segments.RemoveAt(0);
        if (segments.Count > 0 && segments[0] == "viva")
            segments.RemoveAt(0);
        return segments;
    }

    public static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
                sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-')
                sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > 0)
            return slug;
        // A name written only in another script keeps no ASCII letter: a hash of it still tells two such names apart.
        return text.Any(char.IsLetterOrDigit) ? "u" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Trim())))[..8] : "imported";
    }
}
