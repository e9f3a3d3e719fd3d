using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using static Viva.Core.Interchange.Anki.AnkiConventions;

namespace Viva.Core.Interchange.Anki;

/// <summary>
/// The Markdown a field was rendered from, kept at the field's end as base64 JSON in an HTML comment: Anki
/// shows the HTML, and Viva reads its own source back instead of guessing Markdown from HTML. Base64 keeps
/// <c>--&gt;</c>, tabs and quotes in the source from ending the comment or the field.
/// </summary>
internal static class AnkiSource
{
    public static string Append(string html, JsonObject source) =>
        html + SourceOpen + Convert.ToBase64String(Encoding.UTF8.GetBytes(source.ToJsonString())) + SourceClose;

    /// <summary>The field's HTML without the comment, and the source when there is a well-formed one.</summary>
    public static (string Html, JsonElement? Source) Split(string field)
    {
        var start = field.LastIndexOf(SourceOpen, StringComparison.Ordinal);
        if (start < 0)
            return (field, null);
        var end = field.IndexOf(SourceClose, start + SourceOpen.Length, StringComparison.Ordinal);
        if (end < 0)
            return (field, null);
        try
        {
            var bytes = Convert.FromBase64String(field[(start + SourceOpen.Length)..end]);
            using var json = JsonDocument.Parse(bytes);
            return json.RootElement.ValueKind == JsonValueKind.Object ? (field[..start], json.RootElement.Clone()) : (field, null);
        }
        catch (Exception e) when (e is FormatException or JsonException or DecoderFallbackException)
        {
            return (field, null);
        }
    }

    public static string? Text(JsonElement? source, string name) =>
        source is { } s && s.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
