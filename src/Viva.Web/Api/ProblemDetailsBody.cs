namespace Viva.Web.Api;

/// <summary>A ProblemDetails body for typed 404s, so the OpenAPI document shows their shape.</summary>
internal sealed record ProblemDetailsBody(string Title, int Status, string? Detail)
{
    public static ProblemDetailsBody UnknownQuestion(string? id) => new("Unknown question", StatusCodes.Status404NotFound, $"There is no question with the id '{id}'.");
}
