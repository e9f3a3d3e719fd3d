using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Viva.Web.Api;

/// <summary>
/// The OpenAPI document at /openapi/v1.json, which /api-reference renders: a title and an introduction,
/// the antiforgery header as a security scheme on every write (so the reference's try-it panel sends it),
/// and each endpoint's request-body example, declared next to the endpoint with <see cref="WithRequestExample"/>.
/// Schemas and their descriptions come from the records' XML comments.
/// </summary>
internal static class ApiDocs
{
    public const string AntiforgeryScheme = "antiforgery";
    public const string CookieScheme = "cookie";
    public const string BearerScheme = "bearer";

    private const string Introduction = """
        The JSON API of the local study room: the same actions as its pages, for scripts and tools.

        **Writes** (every POST and PUT) need the antiforgery token of a page: read the `content` of the page's
        `<meta name="csrf-token">` tag and send it in a `RequestVerificationToken` header, with the cookies
        that page set. On this reference page the token is filled in for you.

        **Errors** are ProblemDetails (`application/problem+json`): 400 for a request that is not valid (a
        validation problem names each field), 404 for an unknown question, 429 with `Retry-After` when the
        sandbox is busy.

        **The learner** is the browser's `.viva.learner` cookie: keep the cookies (a cookie jar) and the
        order of choice options stays the same.
        """;

    /// <summary>What multi-user mode adds: every operation needs a signed-in person, by cookie or by token.</summary>
    private const string MultiUserIntroduction = """

        **Signing in** (this server runs in multi-user mode): every operation acts as one person, named
        either by the `__Host-viva` session cookie of a signed-in browser (writes then also need the
        antiforgery header above) or by a personal API token made on the account page, sent as
        `Authorization: Bearer viva_pat_…` (no cookie and no antiforgery header needed). A token's scope
        `read` allows GET, `write` allows POST. 401: no valid session or token (unknown, expired or
        revoked); 403: a token without the scope, or an interviewer or admin who has not set up two-factor
        sign-in.
        """;

    public static IServiceCollection AddVivaOpenApi(this IServiceCollection services) => services.AddOpenApi(o =>
    {
        o.AddDocumentTransformer((document, context, _) =>
        {
            var multiUser = context.ApplicationServices.GetRequiredService<Hosting.VivaWebOptions>().MultiUser;
            document.Info = new OpenApiInfo { Title = "Viva study room API", Version = "v1", Description = Introduction + (multiUser ? MultiUserIntroduction : "") };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[AntiforgeryScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "RequestVerificationToken",
                Description = "The content of a page's csrf-token meta tag, sent with the cookies that page set.",
            };
            // Tags are described where their group is mapped (ApiGroup), so the two cannot drift apart.
            document.Tags = context.DescriptionGroups.SelectMany(g => g.Items)
                .SelectMany(d => d.ActionDescriptor.EndpointMetadata.OfType<TagDescription>())
                .DistinctBy(t => t.Name).OrderBy(t => t.Name, StringComparer.Ordinal)
                .Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }).ToHashSet();
            // The server is this one; without the trailing slash ASP.NET adds, paths join to it cleanly.
            foreach (var server in document.Servers ?? [])
                server.Url = server.Url?.TrimEnd('/');
            if (multiUser)
                DescribeSignIn(document);
            else
            {
                // Local mode: every write is checked by ApiGroup's filter, a read never is: the empty
                // requirement at the root says "no credentials", and each write overrides it with the header.
                document.Security = [new OpenApiSecurityRequirement()];
                foreach (var operation in Writes(document))
                    operation.Security = [Requirement(document, AntiforgeryScheme)];
            }
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((operation, context, _) =>
        {
            var example = context.Description.ActionDescriptor.EndpointMetadata.OfType<RequestExample>().FirstOrDefault();
            if (example is not null && operation.RequestBody?.Content is { } content && content.TryGetValue("application/json", out var json))
            {
                // Written with the API's own JSON options, so the example has the casing and enum names a request needs.
                // Fields left out of the example are left out of the JSON rather than shown as null.
                var options = new JsonSerializerOptions(context.ApplicationServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions)
                {
                    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
                };
                json.Example = JsonSerializer.SerializeToNode(example.Value, example.Value.GetType(), options);
            }
            return Task.CompletedTask;
        });
    });

    /// <summary>
    /// The document a multi-user server serves describes that server: each operation needs either the
    /// session cookie (with the antiforgery header on writes) or an API token, and may answer 401 or 403.
    /// </summary>
    private static void DescribeSignIn(OpenApiDocument document)
    {
        var schemes = document.Components!.SecuritySchemes!;
        schemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = Accounts.AccountServices.CookieName,
            Description = "The session cookie of a browser signed in at /account/sign-in.",
        };
        schemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "viva_pat_…",
            Description = "A personal API token from the account page; scope read for GET, write for POST.",
        };
        document.Security = [Requirement(document, CookieScheme), Requirement(document, BearerScheme)];
        foreach (var operation in Writes(document))
            operation.Security = [Requirement(document, CookieScheme, AntiforgeryScheme), Requirement(document, BearerScheme)];
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations ?? []).Select(p => p.Value))
        {
            if (operation.Responses is not { } responses || !responses.TryGetValue("400", out var problem))
                continue;
            responses["401"] = new OpenApiResponse { Description = "No valid session or API token.", Content = problem.Content };
            responses["403"] = new OpenApiResponse { Description = "The token lacks the scope, or the account must set up two-factor sign-in first.", Content = problem.Content };
        }
    }

    /// <summary>The writes: every operation but a read (POST and PUT), each checked by ApiGroup's antiforgery filter.</summary>
    private static IEnumerable<OpenApiOperation> Writes(OpenApiDocument document) =>
        document.Paths.Values.SelectMany(p => p.Operations ?? []).Where(p => p.Key != HttpMethod.Get && p.Key != HttpMethod.Head).Select(p => p.Value);

    /// <summary>One way to be let in: all of these schemes together.</summary>
    private static OpenApiSecurityRequirement Requirement(OpenApiDocument document, params string[] schemes)
    {
        var requirement = new OpenApiSecurityRequirement();
        foreach (var scheme in schemes)
            requirement[new OpenApiSecuritySchemeReference(scheme, document)] = [];
        return requirement;
    }

    /// <summary>A request body that works against the bundled bank, shown in the reference and sent by its try-it panel.</summary>
    public static TBuilder WithRequestExample<TBuilder>(this TBuilder builder, object example) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestExample(example));

    private sealed record RequestExample(object Value);

    /// <summary>What a tag's endpoints are for, shown above them in the reference.</summary>
    internal sealed record TagDescription(string Name, string Description);
}
