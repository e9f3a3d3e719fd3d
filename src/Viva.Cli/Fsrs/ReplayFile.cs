using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Viva.Core.Scheduling;

namespace Viva.Cli.Fsrs;

/// <summary>One card's review history to replay, read from the JSON that <c>viva fsrs replay</c> takes.</summary>
internal sealed record ReplayFile(FsrsParameters Parameters, IReadOnlyList<ReplayReview> Reviews)
{
    private static readonly string[] RootProperties =
        ["parameters", "desiredRetention", "maximumInterval", "enableFuzz", "enableShortTerm", "learningSteps", "relearningSteps", "reviews"];

    /// <summary>Parses and validates <paramref name="text"/>; on failure the error names the field and what is wrong.</summary>
    public static (ReplayFile? File, string? Error) Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return (Read(document.RootElement), null);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, column {e.BytePositionInLine + 1}" : "";
            return (null, $"invalid JSON{where}");
        }
        catch (ReplayFileException e)
        {
            return (null, e.Message);
        }
    }

    private static ReplayFile Read(JsonElement root)
    {
        Expect(root, JsonValueKind.Object, "(root)", "an object");
        foreach (var property in root.EnumerateObject())
        {
            if (!RootProperties.Contains(property.Name))
            {
                throw new ReplayFileException($"{property.Name}: unknown property (expected one of {string.Join(", ", RootProperties)})");
            }
        }
        var defaults = FsrsParameters.Default;
        var parameters = defaults with
        {
            Weights = Optional(root, "parameters") is { } w ? Weights(w) : defaults.Weights,
            DesiredRetention = Optional(root, "desiredRetention") is { } r ? Retention(r) : defaults.DesiredRetention,
            MaximumInterval = Optional(root, "maximumInterval") is { } m ? MaximumInterval(m) : defaults.MaximumInterval,
            EnableFuzz = Optional(root, "enableFuzz") is { } f ? Boolean(f, "enableFuzz") : defaults.EnableFuzz,
            EnableShortTerm = Optional(root, "enableShortTerm") is { } s ? Boolean(s, "enableShortTerm") : defaults.EnableShortTerm,
            LearningSteps = Optional(root, "learningSteps") is { } l ? Steps(l, "learningSteps") : defaults.LearningSteps,
            RelearningSteps = Optional(root, "relearningSteps") is { } rl ? Steps(rl, "relearningSteps") : defaults.RelearningSteps,
        };
        if (Optional(root, "reviews") is not { } reviews)
        {
            throw new ReplayFileException("reviews: missing (an array of {\"at\": \"2026-01-01T09:00:00Z\", \"rating\": 3})");
        }
        return new ReplayFile(parameters, ReadReviews(reviews));
    }

    private static ImmutableArray<double> Weights(JsonElement element)
    {
        Expect(element, JsonValueKind.Array, "parameters", "an array of 21 numbers");
        var count = element.GetArrayLength();
        if (count != 21)
        {
            throw new ReplayFileException($"parameters: expected 21 numbers (FSRS-6 weights), got {count}");
        }
        var weights = ImmutableArray.CreateBuilder<double>(count);
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            Expect(item, JsonValueKind.Number, $"parameters[{i}]", "a number");
            weights.Add(item.GetDouble());
            i++;
        }
        return weights.MoveToImmutable();
    }

    private static double Retention(JsonElement element)
    {
        Expect(element, JsonValueKind.Number, "desiredRetention", "a number");
        var value = element.GetDouble();
        return value is > 0 and <= 1 ? value : throw new ReplayFileException($"desiredRetention: must be above 0 and at most 1, got {Show(element)}");
    }

    private static int MaximumInterval(JsonElement element)
    {
        Expect(element, JsonValueKind.Number, "maximumInterval", "a whole number of days");
        return element.TryGetInt32(out var days) && days >= 1
            ? days
            : throw new ReplayFileException($"maximumInterval: must be a whole number of days, at least 1, got {Show(element)}");
    }

    private static bool Boolean(JsonElement element, string name) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new ReplayFileException($"{name}: must be true or false, got {Show(element)}"),
    };

    // ts-fsrs' step notation: a whole number followed by m, h or d ("1m", "10m", "1d").
    private static ImmutableArray<TimeSpan> Steps(JsonElement element, string name)
    {
        Expect(element, JsonValueKind.Array, name, "an array of steps such as \"1m\", \"10m\", \"1h\", \"1d\"");
        var steps = ImmutableArray.CreateBuilder<TimeSpan>();
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString()! : "";
            var unit = text.Length > 1 ? text[^1] : ' ';
            var minutes = unit switch { 'm' => 1, 'h' => 60, 'd' => 1440, _ => 0 };
            if (minutes == 0 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                throw new ReplayFileException($"{name}[{i}]: must be a step such as \"10m\", \"1h\" or \"1d\", got {Show(item)}");
            }
            steps.Add(TimeSpan.FromMinutes((double)value * minutes));
            i++;
        }
        return steps.ToImmutable();
    }

    private static List<ReplayReview> ReadReviews(JsonElement element)
    {
        Expect(element, JsonValueKind.Array, "reviews", "an array");
        if (element.GetArrayLength() == 0)
        {
            throw new ReplayFileException("reviews: empty; give at least one review");
        }
        var reviews = new List<ReplayReview>();
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            var path = $"reviews[{i}]";
            Expect(item, JsonValueKind.Object, path, "an object with \"at\" and \"rating\"");
            foreach (var property in item.EnumerateObject())
            {
                if (property.Name is not ("at" or "rating"))
                {
                    throw new ReplayFileException($"{path}.{property.Name}: unknown property (expected \"at\" and \"rating\")");
                }
            }
            var at = Optional(item, "at") is { } a ? Time(a, $"{path}.at") : throw new ReplayFileException($"{path}.at: missing");
            var rating = Optional(item, "rating") is { } r ? ReviewRating(r, $"{path}.rating") : throw new ReplayFileException($"{path}.rating: missing");
            if (reviews.Count > 0 && at < reviews[^1].At)
            {
                throw new ReplayFileException($"{path}.at: {a.GetString()} is before the previous review ({reviews[^1].At.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}); reviews must be in time order");
            }
            reviews.Add(new ReplayReview(at, rating));
            i++;
        }
        return reviews;
    }

    private static DateTimeOffset Time(JsonElement element, string path)
    {
        // An offset is required: a local time would make "which day" depend on the machine's time zone.
        if (element.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(element.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            && HasOffset(element.GetString()!))
        {
            return at;
        }
        throw new ReplayFileException($"{path}: must be an ISO 8601 date-time with an offset, such as \"2026-01-01T09:00:00Z\", got {Show(element)}");
    }

    private static bool HasOffset(string text)
    {
        var time = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        return time > 0 && (text.EndsWith('Z') || text.EndsWith('z') || text.AsSpan(time).IndexOfAny('+', '-') > 0);
    }

    private static Rating ReviewRating(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value) && value is >= 1 and <= 4
            ? (Rating)value
            : throw new ReplayFileException($"{path}: must be 1-4 (Again, Hard, Good, Easy), got {Show(element)}");

    // Enough of the offending value to recognise it, on one line.
    private static string Show(JsonElement element)
    {
        var raw = element.GetRawText().ReplaceLineEndings(" ");
        return raw.Length <= 40 ? raw : string.Concat(raw.AsSpan(0, 37), "...");
    }

    private static JsonElement? Optional(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static void Expect(JsonElement element, JsonValueKind kind, string path, string what)
    {
        if (element.ValueKind != kind)
        {
            throw new ReplayFileException($"{path}: must be {what}, got {Show(element)}");
        }
    }
}
