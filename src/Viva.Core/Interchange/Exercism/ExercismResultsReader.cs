using System.Text.Json;

namespace Viva.Core.Interchange.Exercism;

/// <summary>
/// Reads a results.json file of any version of the test runner interface (1, 2 or 3; 3 extends the
/// others). Fields it does not know are ignored; a missing or ill-typed field it needs is one error
/// naming the file and the field, a file that is not JSON one naming the line.
/// </summary>
public static class ExercismResultsReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static ExercismParseResult Read(string path, ReadOnlyMemory<byte> bytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException e)
        {
            return new(null, $"{path}:{(e.LineNumber ?? 0) + 1}: json: not valid JSON ({FirstSentence(e.Message)})");
        }
        using (document)
        {
            try
            {
                return new(Results(document.RootElement), null);
            }
            catch (FieldException e)
            {
                return new(null, $"{path}: {e.Field}: {e.Message}");
            }
        }
    }

    private static ExercismResults Results(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new FieldException("(top level)", "must be a JSON object with version, status and tests");
        if (!root.TryGetProperty("version", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var version) || version is < 1 or > ExercismResults.CurrentVersion)
            throw new FieldException("version", $"must be 1, 2 or 3 (the test runner interface versions), not {Show(root, "version")}");
        var status = Status(root, "status", "status");
        var message = OptionalString(root, "message", "message");
        if (status == ExercismStatus.Error && message is null)
            throw new FieldException("message", "is required when status is error");
        var tests = new List<ExercismTest>();
        if (version >= 2)
        {
            if (!root.TryGetProperty("tests", out var array) || array.ValueKind != JsonValueKind.Array)
                throw new FieldException("tests", $"must be an array in version {version}, not {Show(root, "tests")}");
            var i = 0;
            foreach (var test in array.EnumerateArray())
                tests.Add(Test(test, $"tests[{i++}]"));
        }
        return new ExercismResults(version, status, message, tests);
    }

    private static ExercismTest Test(JsonElement test, string at)
    {
        if (test.ValueKind != JsonValueKind.Object)
            throw new FieldException(at, "must be an object with name and status");
        var name = OptionalString(test, "name", at + ".name") ?? throw new FieldException(at + ".name", "is required");
        int? task = null;
        if (test.TryGetProperty("task_id", out var t) && t.ValueKind != JsonValueKind.Null)
        {
            if (t.ValueKind != JsonValueKind.Number || !t.TryGetInt32(out var id) || id < 0)
                throw new FieldException(at + ".task_id", $"must be a task number, not {t.GetRawText()}");
            task = id;
        }
        return new ExercismTest(name, Status(test, "status", at + ".status"), OptionalString(test, "message", at + ".message"),
            OptionalString(test, "output", at + ".output"), OptionalString(test, "test_code", at + ".test_code"), task);
    }

    private static ExercismStatus Status(JsonElement owner, string key, string at) => OptionalString(owner, key, at) switch
    {
        "pass" => ExercismStatus.Pass,
        "fail" => ExercismStatus.Fail,
        "error" => ExercismStatus.Error,
        _ => throw new FieldException(at, $"must be \"pass\", \"fail\" or \"error\", not {Show(owner, key)}"),
    };

    private static string? OptionalString(JsonElement owner, string key, string at)
    {
        if (!owner.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new FieldException(at, $"must be a string, not {value.GetRawText()}");
    }

    private static string Show(JsonElement owner, string key)
    {
        if (!owner.TryGetProperty(key, out var value))
            return "missing";
        var raw = value.GetRawText();
        return raw.Length <= 40 ? raw : raw[..40] + "…";
    }

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends where it stopped; the error names the line already.
        var end = message.IndexOf(" Path:", StringComparison.Ordinal) is var path and > 0 ? path : message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }

    private sealed class FieldException(string field, string message) : Exception(message)
    {
        public string Field { get; } = field;
    }
}
