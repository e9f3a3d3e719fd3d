using System.Globalization;

namespace Viva.Web.Hosting;

/// <summary>
/// The values that differ between two responses of the same page: the CSP nonce, the antiforgery token
/// and the time the page was shown, and the order of each choice item's options (the learner's). Pages
/// read them here. While <see cref="PageTemplates"/> renders a page as a shared template they come out as
/// markers, which it fills in for each response; options come in file order, each after a marker
/// naming it, and a marker closes each item's options.
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

    /// <summary>Option ids are hex digits, which HTML encoding leaves alone too.</summary>
    private const string OptionPrefix = MarkerPrefix + "option-";
    private const string OptionsEnd = MarkerPrefix + "options-end-x";

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

    /// <summary>Whether this render is a shared template (no learner's order, no per-response values).</summary>
    public static bool RendersTemplate(this HttpContext context) => context.Items.ContainsKey(TemplateKey);

    /// <summary>Put before each option of a choice item: nothing on a normal render.</summary>
    public static string OptionMarker(this HttpContext context, string optionId) =>
        context.RendersTemplate() ? OptionPrefix + optionId + "-x" : "";

    /// <summary>Put after the last option of a choice item: nothing on a normal render.</summary>
    public static string OptionsEndMarker(this HttpContext context) => context.RendersTemplate() ? OptionsEnd : "";

    public static void RenderAsTemplate(HttpContext context, bool on)
    {
        if (on)
            context.Items[TemplateKey] = true;
        else
            context.Items.Remove(TemplateKey);
    }

    public static string Marker(Hole hole) => Markers[(int)hole];

    /// <summary>A marker found in a template render: a hole, the start of an option (its id), or the end of an item's options.</summary>
    public readonly record struct Found(int Index, int Length, Hole? Hole, string? OptionId, bool EndsOptions);

    /// <summary>The first marker at or after <paramref name="start"/>; null when there is none.</summary>
    public static Found? FindMarker(string html, int start)
    {
        for (var at = html.IndexOf(MarkerPrefix, start, StringComparison.Ordinal); at >= 0; at = html.IndexOf(MarkerPrefix, at + 1, StringComparison.Ordinal))
        {
            foreach (var hole in Holes)
            {
                if (string.CompareOrdinal(html, at, Marker(hole), 0, Marker(hole).Length) == 0)
                    return new Found(at, Marker(hole).Length, hole, null, false);
            }
            if (string.CompareOrdinal(html, at, OptionsEnd, 0, OptionsEnd.Length) == 0)
                return new Found(at, OptionsEnd.Length, null, null, true);
            if (string.CompareOrdinal(html, at, OptionPrefix, 0, OptionPrefix.Length) == 0)
            {
                var end = html.IndexOf("-x", at + OptionPrefix.Length, StringComparison.Ordinal);
                if (end > 0)
                    return new Found(at, end + 2 - at, null, html[(at + OptionPrefix.Length)..end], false);
            }
        }
        return null;
    }

    private static string Value(HttpContext context, Hole hole) => context.RendersTemplate() ? Marker(hole) : Fill(context, hole);
}
