namespace Viva.Web.Layout;

/// <summary>Sets a 404 for a page asked for something (a question id, a quiz) that does not exist.</summary>
internal static class NotFoundState
{
    public static void Set(HttpContext? context)
    {
        if (context is { Response.HasStarted: false })
            context.Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
