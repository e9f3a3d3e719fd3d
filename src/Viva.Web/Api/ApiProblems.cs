using Microsoft.AspNetCore.Http.HttpResults;

namespace Viva.Web.Api;

/// <summary>The ProblemDetails the API answers with for expected failures, worded once.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult UnknownQuestion(string? id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown question", detail: $"There is no question with the id '{id}'.");

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
