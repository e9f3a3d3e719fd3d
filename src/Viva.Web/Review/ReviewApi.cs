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
    /// <summary>A question of the bundled bank, so the reference's examples work as they are.</summary>
    private const string ExampleQuestion = "generators";

    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/reviews", "Reviews", "Spaced repetition: today's queue, what each rating would schedule, rating a revealed card and undoing a rating.");
        group.MapPost("/", RateAsync).WithName("rateQuestion")
            .WithSummary("Rate a question")
            .WithDescription("Rate a question 1-4 (Again, Hard, Good, Easy) after its answer was revealed, and get its next due time. The rating is appended to the review log and the card rescheduled by FSRS-6. As on the review page, a rating is accepted only once the answer was shown: send `\"revealed\": true`. `durationMs` is how long the learner took (0 to 86,400,000; longer is clamped).")
            .WithRequestExample(new ReviewBody(ExampleQuestion, 3, 42_000, true))
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/undo/{questionId}", UndoAsync).WithName("undoRating")
            .WithSummary("Undo a question's latest rating")
            .WithDescription("The rating's log entry is removed and the card recomputed from the rest, as Anki's undo: the card goes back to the state it had before that rating, so it can be rated again. A question with no rating is a 409.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/queue", QueueAsync).WithName("getReviewQueue")
            .WithSummary("Today's review queue")
            .WithDescription("The questions due now, most overdue first, then new questions up to the daily limit. The daily limit of new questions is the review page's setting (default 10), less the questions first rated today (UTC). Each entry carries its due time; new ones are marked `isNew`.");
        group.MapGet("/preview/{questionId}", PreviewAsync).WithName("previewRatings")
            .WithSummary("Preview what each rating would schedule")
            .WithDescription("What each rating would schedule for a question now: its due time and interval. One entry per rating, Again to Easy. The interval is the one that rating gives, the same on every call until the card is rated (the fuzz is fixed per card and review).")
            .ProducesProblem(StatusCodes.Status404NotFound);
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

/// <summary>A rating of one question.</summary>
/// <param name="QuestionId">The question rated (its id in the bank, e.g. "generators").</param>
/// <param name="Rating">1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).</param>
/// <param name="DurationMs">How long the answer took, in milliseconds; 0 when omitted.</param>
/// <param name="Revealed">True once the answer was shown; a rating without it is refused.</param>
internal sealed record ReviewBody(string? QuestionId, int? Rating, int? DurationMs = null, bool? Revealed = null);

/// <summary>The rating that was taken back.</summary>
/// <param name="QuestionId">The question.</param>
/// <param name="Undone">The rating removed from the log.</param>
internal sealed record UndoResponse(string QuestionId, Rating Undone);

/// <summary>The rating as stored, and when the question comes back.</summary>
/// <param name="QuestionId">The question rated.</param>
/// <param name="Rating">The rating stored.</param>
/// <param name="Due">When the question is due again (UTC).</param>
/// <param name="Interval">The time until then in words, e.g. "3d" or "10m".</param>
internal sealed record ReviewResponse(string QuestionId, Rating Rating, DateTimeOffset Due, string Interval);

/// <summary>What one rating would do to the card now.</summary>
/// <param name="Value">The rating's number, 1 to 4.</param>
/// <param name="Rating">The rating's name.</param>
/// <param name="Due">When the question would be due (UTC).</param>
/// <param name="Interval">The time until then in words, as on the rating buttons.</param>
internal sealed record RatingPreview(int Value, Rating Rating, DateTimeOffset Due, string Interval);

/// <summary>One question of today's queue.</summary>
/// <param name="QuestionId">The question's id in the bank.</param>
/// <param name="Title">Its title.</param>
/// <param name="Due">When it is due (UTC); a new question is due now.</param>
/// <param name="IsNew">True for a question never rated.</param>
internal sealed record QueueItem(string QuestionId, string Title, DateTimeOffset Due, bool IsNew);
