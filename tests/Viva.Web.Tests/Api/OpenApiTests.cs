using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Viva.Web.Tests.Infrastructure;

namespace Viva.Web.Tests.Api;

/// <summary>The OpenAPI document is worth reading: every endpoint explained, its schemas, its problems, and request examples that work.</summary>
public sealed class OpenApiTests : IClassFixture<VivaAppFixture>
{
    private readonly VivaAppFixture _app;

    public OpenApiTests(VivaAppFixture app, ITestOutputHelper output)
    {
        _app = app;
        app.LogTo(output);
    }

    private sealed record Operation(string Path, string Method, JsonElement Value);

    private async Task<(JsonElement Doc, List<Operation> Operations)> DocumentAsync(ApiClient client)
    {
        var doc = await client.Http.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));
        var operations = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => new Operation(path.Name, op.Name, op.Value))).ToList();
        return (doc, operations);
    }

    private static JsonElement Schema(JsonElement doc, JsonElement reference) =>
        doc.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetProperty("$ref").GetString()!.Split('/')[^1]);

    [Fact]
    public async Task Every_endpoint_has_a_summary_a_description_a_response_schema_and_its_problems()
    {
        using var client = new ApiClient(_app.BaseUrl);
        var (doc, operations) = await DocumentAsync(client);
        Assert.True(operations.Count >= 9, $"only {operations.Count} operations");
        foreach (var (path, method, op) in operations)
        {
            var name = $"{method.ToUpperInvariant()} {path}";
            Assert.False(string.IsNullOrWhiteSpace(op.GetProperty("summary").GetString()), $"{name}: no summary");
            Assert.True(op.TryGetProperty("description", out var description) && description.GetString()!.Length > 40, $"{name}: no description");
            var responses = op.GetProperty("responses");
            // A store answers 201 Created, everything else 200.
            var success = responses.TryGetProperty("200", out var okResponse) ? okResponse : responses.GetProperty("201");
            if (success.GetProperty("content").TryGetProperty("text/event-stream", out _))
            {
                // A stream of events: its description says what each event carries (the last, the result object).
                Assert.Contains("`result` event", description.GetString(), StringComparison.Ordinal);
                Assert.True(responses.TryGetProperty("429", out _), $"{name}: no 429");
                continue;
            }
            var schema = success.GetProperty("content").GetProperty("application/json").GetProperty("schema");
            var ok = Schema(doc, schema.TryGetProperty("items", out var items) ? items : schema);
            Assert.True(ok.GetProperty("properties").EnumerateObject().Any(), $"{name}: a 200 without properties");
            Assert.True(responses.TryGetProperty("400", out _), $"{name}: no 400");
            if (path.Contains("{questionId}", StringComparison.Ordinal) || method == "post" && !path.StartsWith("/api/run", StringComparison.Ordinal))
                Assert.True(responses.TryGetProperty("404", out var notFound) && notFound.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{name}: no 404 problem");
            // A number is a number in the schemas, not "integer or string".
            Assert.DoesNotContain("\"integer\",\"string\"", ok.ToString().Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        var run = operations.Single(o => o.Path == "/api/run").Value.GetProperty("responses");
        Assert.True(run.TryGetProperty("429", out _), "POST /api/run: no 429");
        var runBody = Schema(doc, operations.Single(o => o.Path == "/api/run").Value.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        Assert.Contains("standard input", runBody.GetProperty("properties").GetProperty("stdin").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("integer", Schema(doc, run.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema"))
            .GetProperty("properties").GetProperty("stdoutBytes").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Every_write_carries_the_antiforgery_scheme_and_a_request_example_that_its_endpoint_accepts()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        var (doc, operations) = await DocumentAsync(client);
        var scheme = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("antiforgery");
        Assert.Equal("RequestVerificationToken", scheme.GetProperty("name").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        var withBodies = operations.Where(o => o.Value.TryGetProperty("requestBody", out _)).ToList();
        Assert.Contains(withBodies, o => o.Path == "/api/run");
        Assert.Contains(withBodies, o => o.Path == "/api/reviews");
        Assert.Contains(withBodies, o => o.Path == "/api/quiz/answers");
        foreach (var (path, method, op) in operations.Where(o => o.Method != "get"))
            Assert.True(op.TryGetProperty("security", out var security) && security[0].TryGetProperty("antiforgery", out _), $"{path}: no antiforgery requirement");
        foreach (var (path, method, op) in withBodies)
        {
            Assert.True(op.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").TryGetProperty("example", out var example), $"{path}: no example");
            // The example is sent as it is: it must be a request the endpoint takes. (A path with ids names a
            // resource of someone's; its example is checked by the tests of that resource.)
            if (path.Contains('{', StringComparison.Ordinal))
                continue;
            using var response = await client.PostRawAsync(path, example.GetRawText());
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, $"{path} refused its own example {example}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task The_document_passes_Redocly_recommended_rules_with_no_error_or_warning()
    {
        using var client = new ApiClient(_app.BaseUrl);
        await RedoclyLint.AssertCleanAsync(await client.Http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
    }
}
