using System.Security.Claims;
using Viva.Data;
using Viva.Data.Accounts;

namespace Viva.Web.Accounts;

/// <summary>
/// Requests that carry <c>Authorization: Bearer viva_pat_…</c>: the token, not a cookie, says who is
/// asking. Only /api (and its description) takes one; pages never do, so a leaked token opens no session.
/// </summary>
internal static class ApiTokenAuthentication
{
    /// <summary>The authentication type of a token's principal, by which the antiforgery check knows to skip it.</summary>
    public const string AuthenticationType = "viva-api-token";
    private const string BearerPrefix = "Bearer ";

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization is [{ } value] && value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the request was authenticated by a token. Such a request needs no antiforgery token: a
    /// cross-site page can make the browser send cookies, but never an Authorization header of its choosing.
    /// </summary>
    public static bool IsTokenRequest(HttpContext context) => context.User.Identity?.AuthenticationType == AuthenticationType;

    /// <summary>
    /// Signs the request in as the token's owner, or answers it: 401 for a page, an unknown, expired or
    /// revoked token; 403 for a token without the scope the method needs.
    /// </summary>
    public static async Task AuthenticateAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/api") && !path.StartsWithSegments("/openapi"))
        {
            await RefuseAsync(context, StatusCodes.Status401Unauthorized, "API tokens open the API only", "Pages need a signed-in browser; send the token to /api.", "invalid_request");
            return;
        }
        var secret = context.Request.Headers.Authorization.ToString()[BearerPrefix.Length..].Trim();
        var db = context.RequestServices.GetRequiredService<VivaDb>();
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var token = await ApiTokens.FindAsync(db, secret, context.RequestAborted);
        if (token is null || !ApiTokens.IsActive(token, now))
        {
            await RefuseAsync(context, StatusCodes.Status401Unauthorized, "Invalid API token", "The token is unknown, expired or revoked: make a new one on the account page.", "invalid_token");
            return;
        }
        var scope = ApiScopes.For(context.Request.Method);
        if (!ApiTokens.Allows(token, scope))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "The token lacks a scope", $"This request needs the '{scope}' scope; the token has '{token.Scopes}'.", $"insufficient_scope\", scope=\"{scope}");
            return;
        }
        await ApiTokens.MarkUsedAsync(db, token, now, context.RequestAborted);
        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, token.UserId)], AuthenticationType));
        db.UserId = token.UserId;
        await next(context);
    }

    /// <summary>A problem+json answer with the WWW-Authenticate header RFC 6750 describes for bearer tokens.</summary>
    private static Task RefuseAsync(HttpContext context, int status, string title, string detail, string error)
    {
        context.Response.Headers.WWWAuthenticate = $"Bearer error=\"{error}\"";
        return TypedResults.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
    }
}
