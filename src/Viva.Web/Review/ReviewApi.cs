using Microsoft.AspNetCore.Http.HttpResults;
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
        group.MapPost("/", RateAsync).WithSummary("Rate a question 1-4 (Again, Hard, Good, Easy) after its answer was revealed, and get its next due time");
        group.MapPost("/undo/{questionId}", UndoAsync).WithSummary("Take back a question's latest rating: the log entry is removed and the card recomputed from the rest");
        group.MapGet("/queue", QueueAsync).WithSummary("Today's queue: the questions due now, most overdue first, then new questions up to the daily limit");
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
        // As on the review page: the rating buttons come with the answer, so a rating for an unseen answer is refused.
        if (body.Revealed is not true)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["revealed"] = ["Reveal the answer before rating it: send \"revealed\": true once the answer was shown."] });
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

    private static async Task<Ok<List<QueueItem>>> QueueAsync(VivaDb db, BankCatalog bank, ReviewLog log, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var queue = await ReviewQueue.LoadAsync(db, bank, now, cancellationToken);
        var items = new List<QueueItem>();
        foreach (var entry in queue.Entries)
            items.Add(new QueueItem(entry.Question.Id, entry.Question.Title, (await log.CardAsync(entry.Question.Id, now, cancellationToken)).Due, entry.IsNew));
        return TypedResults.Ok(items);
    }

    private static async Task<Results<Ok<UndoResponse>, ProblemHttpResult>> UndoAsync(string questionId, BankCatalog bank, ReviewLog log, CancellationToken cancellationToken)
    {
        if (bank.Find(questionId) is not { } question)
            return ApiProblems.UnknownQuestion(questionId);
        var taken = await log.UndoLastAsync(question.Id, cancellationToken);
        return taken is { } rating
            ? TypedResults.Ok(new UndoResponse(question.Id, rating))
            : TypedResults.Problem($"{question.Id} has no rating to take back.", statusCode: StatusCodes.Status409Conflict);
    }
}

/// <param name="QuestionId">The question rated.</param>
/// <param name="Rating">1 (Again) to 4 (Easy).</param>
/// <param name="DurationMs">How long the answer took, in milliseconds.</param>
/// <param name="Revealed">True once the answer was shown; a rating without it is refused.</param>
internal sealed record ReviewBody(string? QuestionId, int? Rating, int? DurationMs, bool? Revealed);

internal sealed record UndoResponse(string QuestionId, Rating Undone);

internal sealed record ReviewResponse(string QuestionId, Rating Rating, DateTimeOffset Due, string Interval);

internal sealed record RatingPreview(int Value, Rating Rating, DateTimeOffset Due, string Interval);

internal sealed record QueueItem(string QuestionId, string Title, DateTimeOffset Due, bool IsNew);
