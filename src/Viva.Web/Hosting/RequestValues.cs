using System.Globalization;

namespace Viva.Web.Hosting;

/// <summary>
/// The values that differ between two responses of the same page: the CSP nonce, the antiforgery token
/// and the time the page was shown. Pages read them here. While <see cref="PageTemplates"/> renders a
/// page as a shared template they come out as markers, which it fills in for each response.
/// </summary>
internal static class RequestValues
{
    public enum Hole { Nonce, Csrf, ShownAt }

    private const string TemplateKey = "viva.template";
    private const string MarkerPrefix = "viva-hole-";
    private static readonly Hole[] Holes = Enum.GetValues<Hole>();
    public static readonly int HoleCount = Holes.Length;

    /// <summary>Letters and dashes only, so HTML encoding leaves a marker as it is in text and attributes.</summary>
    private static readonly string[] Markers = [.. Holes.Select(h => MarkerPrefix + h.ToString().ToLowerInvariant() + "-x")];

    public static string Nonce(this HttpContext context) => Value(context, Hole.Nonce);

    public static string Csrf(this HttpContext context) => Value(context, Hole.Csrf);

    /// <summary>Unix milliseconds; a rating form posts it back so the review log gets the time spent.</summary>
    public static string ShownAt(this HttpContext context) => Value(context, Hole.ShownAt);

    public static string Fill(HttpContext context, Hole hole) => hole switch
    {
        Hole.Nonce => context.CspNonce(),
        Hole.Csrf => context.RequestServices.GetRequiredService<CsrfTokens>().RequestToken(context),
        Hole.ShownAt => context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(hole)),
    };

    public static void RenderAsTemplate(HttpContext context, bool on)
    {
        if (on)
            context.Items[TemplateKey] = true;
        else
            context.Items.Remove(TemplateKey);
    }

    public static string Marker(Hole hole) => Markers[(int)hole];

    /// <summary>The first marker at or after <paramref name="start"/>, or -1.</summary>
    public static (int Index, Hole Hole) FindMarker(string html, int start)
    {
        for (var at = html.IndexOf(MarkerPrefix, start, StringComparison.Ordinal); at >= 0; at = html.IndexOf(MarkerPrefix, at + 1, StringComparison.Ordinal))
        {
            foreach (var hole in Holes)
            {
                if (string.CompareOrdinal(html, at, Marker(hole), 0, Marker(hole).Length) == 0)
                    return (at, hole);
            }
        }
        return (-1, default);
    }

    private static string Value(HttpContext context, Hole hole) => context.Items.ContainsKey(TemplateKey) ? Marker(hole) : Fill(context, hole);
}
