using Microsoft.AspNetCore.Http.HttpResults;
using Viva.Core.Grading;
using Viva.Web.Api;
using Viva.Web.Bank;
using Viva.Web.Quiz;

namespace Viva.Web.Questions;

/// <summary><c>POST /api/answers/grade</c>: the key-point coverage of a free-text answer. Nothing is stored.</summary>
internal static class AnswerApi
{
    public static IEndpointRouteBuilder MapAnswerApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/answers", "Answers");
        group.MapPost("/grade", Grade).WithSummary("Score a written answer against the question's weighted key points")
            .WithDescription("Each key point is ticked when one sentence of the answer (or two adjacent ones) carries enough of its terms with the same polarity; the tick names that sentence and its span. The score is the ticked weight over the total, 0-100. An empty answer is a validation problem. Nothing is stored.")
            .WithRequestExample(new AnswerBody("generators", "A generator function returns a lazy iterator; each next() runs it to the following yield, and it can be consumed only once."))
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static Results<Ok<CoverageResponse>, ValidationProblem, ProblemHttpResult> Grade(AnswerBody body, BankCatalog bank)
    {
        if (body.QuestionId is null || bank.Find(body.QuestionId) is not { } question)
            return ApiProblems.UnknownQuestion(body.QuestionId);
        if (string.IsNullOrWhiteSpace(body.Answer) || body.Answer.Length > QuizGrading.MaxAnswerLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["answer"] = [$"An answer is required and at most {QuizGrading.MaxAnswerLength} characters."] });
        var result = RubricGrader.Grade(question.KeyPoints, body.Answer);
        return TypedResults.Ok(new CoverageResponse(result.Score,
            result.Points.Select(p => new PointCoverage(p.Point.Text, p.Point.Weight, p.Covered, p.Evidence, p.Matched, p.Missed)).ToList()));
    }
}

internal sealed record AnswerBody(string? QuestionId, string? Answer);

internal sealed record CoverageResponse(int Score, IReadOnlyList<PointCoverage> Points);

internal sealed record PointCoverage(string Text, int Weight, bool Covered, Evidence? Evidence, IReadOnlyList<string> Matched, IReadOnlyList<string> Missed);
