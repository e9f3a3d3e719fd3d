using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Viva.Core.Scheduling;
using Viva.Data;
using Viva.Data.Reviews;
using Viva.Web.Api;
using Viva.Web.Bank;

namespace Viva.Web.Review;

/// <summary><c>/api/reviews</c>: rate a card and read the queue, as the review page does.</summary>
internal static class ReviewApi
{
    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/reviews", "Reviews");
        group.MapPost("/", RateAsync).WithSummary("Rate a question 1-4 (Again, Hard, Good, Easy) and get its next due time");
        group.MapGet("/queue", QueueAsync).WithSummary("The questions due now, most overdue first");
        group.MapGet("/preview/{questionId}", PreviewAsync).WithSummary("What each rating would schedule for a question now: its due time and interval");
        return app;
    }

    private static async Task<Results<Ok<ReviewResponse>, ValidationProblem, ProblemHttpResult>> RateAsync(
        ReviewBody body, BankCatalog bank, ReviewLog log, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (body.Rating is not (>= 1 and <= 4))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["rating"] = ["A rating is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)."] });
        if (body.QuestionId is null || bank.Find(body.QuestionId) is not { } question)
            return ApiProblems.UnknownQuestion(body.QuestionId);
        var now = clock.GetUtcNow();
        var next = await log.AppendAsync(question.Id, question.ContentHash, (Rating)body.Rating, now,
            TimeSpan.FromMilliseconds(Math.Clamp(body.DurationMs ?? 0, 0, 86_400_000)), "web", cancellationToken);
        return TypedResults.Ok(new ReviewResponse(question.Id, (Rating)body.Rating, next.Due, IntervalText.Format(next.Due - now)));
    }

    private static async Task<Results<Ok<List<RatingPreview>>, ProblemHttpResult>> PreviewAsync(
        string questionId, BankCatalog bank, ReviewLog log, FsrsScheduler scheduler, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (bank.Find(questionId) is not { } question)
            return ApiProblems.UnknownQuestion(questionId);
        var now = clock.GetUtcNow();
        var preview = scheduler.Preview(await log.CardAsync(question.Id, now, cancellationToken), now, question.Id);
        return TypedResults.Ok(Ratings.All.Select(r => new RatingPreview((int)r, r, preview[r].Due, IntervalText.Format(preview[r].Due - now))).ToList());
    }

    private static async Task<Ok<List<QueueItem>>> QueueAsync(VivaDb db, BankCatalog bank, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var due = await db.Cards.AsNoTracking().Where(c => c.DueAt <= now).OrderBy(c => c.DueAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(due.Select(c => (Card: c, Question: bank.Find(c.QuestionId))).Where(x => x.Question is not null)
            .Select(x => new QueueItem(x.Card.QuestionId, x.Question!.Title, DateTimeOffset.FromUnixTimeMilliseconds(x.Card.DueAt))).ToList());
    }
}

internal sealed record ReviewBody(string? QuestionId, int? Rating, int? DurationMs);

internal sealed record ReviewResponse(string QuestionId, Rating Rating, DateTimeOffset Due, string Interval);

internal sealed record RatingPreview(int Value, Rating Rating, DateTimeOffset Due, string Interval);

internal sealed record QueueItem(string QuestionId, string Title, DateTimeOffset Due);
