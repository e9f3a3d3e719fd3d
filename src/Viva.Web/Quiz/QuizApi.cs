using Microsoft.AspNetCore.Http.HttpResults;
using Viva.Core.Bank;
using Viva.Data;
using Viva.Data.Attempts;
using Viva.Web.Api;
using Viva.Web.Bank;

namespace Viva.Web.Quiz;

/// <summary><c>POST /api/quiz/answers</c>: grade one quiz item and keep the answer.</summary>
internal static class QuizApi
{
    public static IEndpointRouteBuilder MapQuizApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/quiz", "Quiz");
        group.MapPost("/answers", AnswerAsync)
            .WithSummary("Answer a quiz item: a prediction for predict items, option indexes for choice items")
            .WithDescription("A prediction is at most 20,000 characters and is stored and shown as text.");
        return app;
    }

    private static async Task<Results<Ok<QuizAnswerResponse>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        QuizAnswerBody body, BankCatalog bank, VivaDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (body.QuestionId is null || bank.Find(body.QuestionId) is not { } question)
            return ApiProblems.UnknownQuestion(body.QuestionId);
        if (body.ItemIndex is not { } index || index < 0 || index >= question.Quiz.Count)
            return Invalid("itemIndex", $"This question has {question.Quiz.Count} quiz item(s), numbered from 0.");
        var item = question.Quiz[index];
        List<string> values;
        if (item is ChoiceItem choice)
        {
            if (body.Selected is not { Count: > 0 } selected || selected.Any(s => s < 0 || s >= choice.Options.Count))
                return Invalid("selected", $"Choose option indexes between 0 and {choice.Options.Count - 1}.");
            values = selected.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        }
        else
        {
            if (body.Answer is null || body.Answer.Length > QuizGrading.MaxAnswerLength)
                return Invalid("answer", $"A prediction is required and at most {QuizGrading.MaxAnswerLength} characters.");
            values = [body.Answer];
        }
        var grade = QuizGrading.Grade(item, values);
        db.QuizAnswers.Add(new QuizAnswerRecord
        {
            QuestionId = question.Id, ItemIndex = index, AnsweredAt = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            Correct = grade.Correct, Answer = grade.Answer, ContentHash = question.ContentHash,
        });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new QuizAnswerResponse(grade.Correct, grade.Expected, grade.Explanation));
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}

internal sealed record QuizAnswerBody(string? QuestionId, int? ItemIndex, string? Answer, List<int>? Selected);

internal sealed record QuizAnswerResponse(bool Correct, string Expected, string Explanation);
