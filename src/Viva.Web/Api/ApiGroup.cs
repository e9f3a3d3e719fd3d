using Microsoft.AspNetCore.Antiforgery;

namespace Viva.Web.Api;

/// <summary>
/// Every /api route group is made here, so each gets the same rules: a described tag for OpenAPI, ProblemDetails
/// for errors, and the antiforgery check on writes (the pages send the token from their meta tag as a
/// header; a cross-site page cannot read it). A write authenticated by an API token skips the check: it
/// carries no cookie, so there is no ambient credential for a cross-site page to ride on.
/// </summary>
internal static class ApiGroup
{
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder app, string prefix, string tag, string description) =>
        app.MapGroup(prefix).WithTags(tag).WithMetadata(new ApiDocs.TagDescription(tag, description)).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !Accounts.ApiTokenAuthentication.IsTokenRequest(http))
            {
                var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
                if (!await antiforgery.IsRequestValidAsync(http))
                    return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Missing or invalid antiforgery token",
                        detail: "Send the token from the page's csrf-token meta tag in the RequestVerificationToken header.");
            }
            return await next(context);
        }).ProducesProblem(StatusCodes.Status400BadRequest);
}
