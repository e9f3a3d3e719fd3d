using System.Net.Http.Headers;
using System.Text.Json;
using Viva.Data.Accounts;
using Viva.Web.Tests.Infrastructure;

namespace Viva.Web.Tests.Api;

/// <summary>
/// A multi-user server's OpenAPI document describes that server: a session cookie or a bearer token on
/// every operation (writes by cookie also need the antiforgery header), 401 and 403 among the answers;
/// fetched with a read token, as a script would.
/// </summary>
public sealed class MultiUserOpenApiTests(MultiUserAppFixture app, ITestOutputHelper output) : IClassFixture<MultiUserAppFixture>
{
    private async Task<string> DocumentAsync()
    {
        app.LogTo(output);
        await using var db = app.OpenDatabase();
        var user = new VivaUser { UserName = $"script-{Guid.NewGuid():N}@example.com", Email = "script@example.com", CreatedAt = 0 };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        var (_, secret) = await ApiTokens.CreateAsync(db, user.Id, "openapi", [ApiScopes.Read], ApiTokens.DefaultLifetime, app.Clock.GetUtcNow());
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return await http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
    }

    [Fact]
    public async Task Every_operation_needs_the_session_cookie_or_a_bearer_token_and_writes_by_cookie_need_the_antiforgery_header()
    {
        var doc = JsonDocument.Parse(await DocumentAsync()).RootElement;
        var schemes = doc.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("__Host-viva", schemes.GetProperty("cookie").GetProperty("name").GetString());
        Assert.Equal("cookie", schemes.GetProperty("cookie").GetProperty("in").GetString());
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
        var root = doc.GetProperty("security").EnumerateArray().Select(r => string.Join("+", r.EnumerateObject().Select(p => p.Name))).ToList();
        Assert.Equal(["cookie", "bearer"], root);
        var operations = doc.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Op: o.Value))).ToList();
        Assert.NotEmpty(operations);
        foreach (var (path, method, op) in operations)
        {
            Assert.True(op.GetProperty("responses").TryGetProperty("401", out _) && op.GetProperty("responses").TryGetProperty("403", out _), $"{method} {path}: no 401 or 403");
            if (method != "post")
                continue;
            var ways = op.GetProperty("security").EnumerateArray().Select(r => string.Join("+", r.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal))).ToList();
            Assert.Equal(["antiforgery+cookie", "bearer"], ways);
        }
        Assert.Contains("Authorization: Bearer", doc.GetProperty("info").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_multi_user_document_passes_Redocly_recommended_rules_with_no_error_or_warning() =>
        await RedoclyLint.AssertCleanAsync(await DocumentAsync());
}
