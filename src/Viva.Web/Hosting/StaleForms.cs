using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Viva.Web.Hosting;

/// <summary>
/// A page form posted with an expired or missing antiforgery token (the page stayed open across a
/// server restart, or the cookie was cleared). The framework would answer a bare 400 and the learner's
/// text would be lost; instead the request is turned into a GET of <see cref="Path"/>, which shows the
/// posted fields again in a form with a fresh token, to submit once more. Nothing is stored. Only a form
/// of this site is rescued: a page of another origin posting here (cross-site request forgery) would get
/// its fields handed back with a valid token, one "Send again" click from done; it gets the bare 400.
/// </summary>
internal static class StaleForms
{
    public const string Path = "/form-expired";

    public static IApplicationBuilder UseStaleFormRescue(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType && !request.Path.StartsWithSegments("/api") && FromThisSite(request)
            && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            var tokenField = context.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.FormFieldName;
            var form = await request.ReadFormAsync(context.RequestAborted);
            var fields = form.Where(f => f.Key != tokenField)
                .SelectMany(f => f.Value.Select(v => new StaleField(f.Key, v ?? ""))).ToList();
            context.Items[typeof(StaleForm)] = new StaleForm(request.Path + request.QueryString, fields);
            request.Method = HttpMethods.Get;
            request.Path = Path;
            request.QueryString = QueryString.Empty;
        }
        await next(context);
    });

    /// <summary>
    /// Whether the browser says the form came from a page of this origin: Sec-Fetch-Site where it is sent
    /// (every current browser), else the Origin header; a client sending neither is no browser, so no forgery.
    /// </summary>
    private static bool FromThisSite(HttpRequest request)
    {
        if (request.Headers["Sec-Fetch-Site"] is [{ } site])
            return site is "same-origin";
        return request.Headers.Origin is not [{ } origin]
            || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>A refused form: where it was posted and every field it carried but the token, in order.</summary>
internal sealed record StaleForm(string Action, IReadOnlyList<StaleField> Fields);

internal sealed record StaleField(string Name, string Value);
