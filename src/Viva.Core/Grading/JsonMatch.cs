using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Viva.Core.Grading;

/// <summary>
/// Compares a hidden test's expected JSON with what the sandbox reported, with type checks: an int
/// never equals a float or a bool, arrays match element by element, objects key by key. Floats are
/// equal within a relative tolerance of 1e-9, so arithmetic that is right does not fail on the last bit.
/// </summary>
public static class JsonMatch
{
    /// <summary>Null when equal; otherwise where and how they differ, e.g. <c>$[2]: expected 3, got "3"</c>.</summary>
    public static string? Difference(string expectedJson, string actualJson)
    {
        using var expected = JsonDocument.Parse(expectedJson);
        JsonDocument actual;
        try
        {
            actual = JsonDocument.Parse(actualJson);
        }
        catch (JsonException)
        {
            return "$: the sandbox reported a value that is not JSON";
        }
        using (actual)
            return Difference(expected.RootElement, actual.RootElement, "$");
    }

    private static string? Difference(JsonElement e, JsonElement a, string path)
    {
        var kind = Kind(e);
        if (kind != Kind(a))
            return $"{path}: expected {Describe(e)}, got {Describe(a)}";
        switch (e.ValueKind)
        {
            case JsonValueKind.Array:
                var ea = e.EnumerateArray().ToList();
                var aa = a.EnumerateArray().ToList();
                if (ea.Count != aa.Count)
                    return $"{path}: expected {ea.Count} items, got {aa.Count}: {Short(a)}";
                for (var i = 0; i < ea.Count; i++)
                {
                    if (Difference(ea[i], aa[i], $"{path}[{i}]") is { } d)
                        return d;
                }
                return null;
            case JsonValueKind.Object:
                var eo = e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
                var ao = a.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
                foreach (var (key, value) in eo)
                {
                    if (!ao.TryGetValue(key, out var other))
                        return $"{path}: missing key \"{key}\"";
                    if (Difference(value, other, $"{path}.{key}") is { } d)
                        return d;
                }
                var extra = ao.Keys.Except(eo.Keys).FirstOrDefault();
                return extra is null ? null : $"{path}: unexpected key \"{extra}\"";
            case JsonValueKind.Number when kind == "int":
                return BigInteger.Parse(e.GetRawText(), CultureInfo.InvariantCulture) == BigInteger.Parse(a.GetRawText(), CultureInfo.InvariantCulture)
                    ? null : $"{path}: expected {e.GetRawText()}, got {a.GetRawText()}";
            case JsonValueKind.Number:
                var x = e.GetDouble();
                var y = a.GetDouble();
                return Math.Abs(x - y) <= 1e-9 * Math.Max(1.0, Math.Max(Math.Abs(x), Math.Abs(y)))
                    ? null : $"{path}: expected {e.GetRawText()}, got {a.GetRawText()}";
            case JsonValueKind.String:
                return e.GetString() == a.GetString() ? null : $"{path}: expected {Short(e)}, got {Short(a)}";
            case JsonValueKind.True or JsonValueKind.False:
                // Same kind ("bool") is not same value: true must never match false.
                return e.ValueKind == a.ValueKind ? null : $"{path}: expected {Short(e)}, got {Short(a)}";
            default:
                return null;
        }
    }

    /// <summary>The Python type a JSON value stands for; ints and floats are told apart by their text.</summary>
    private static string Kind(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number => v.GetRawText().AsSpan().IndexOfAny(".eE") >= 0 ? "float" : "int",
        JsonValueKind.True or JsonValueKind.False => "bool",
        JsonValueKind.String => "str",
        JsonValueKind.Array => "list",
        JsonValueKind.Object => "dict",
        _ => "None",
    };

    private static string Describe(JsonElement v) => $"{Kind(v)} {Short(v)}";

    private static string Short(JsonElement v)
    {
        var text = v.GetRawText();
        return text.Length <= 80 ? text : text[..77] + "...";
    }
}
