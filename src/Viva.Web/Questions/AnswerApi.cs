using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Http.HttpResults;
using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Core.Scheduling;
using Viva.Data;
using Viva.Data.Attempts;
using Viva.Web.Api;
using Viva.Web.Bank;
using Viva.Web.Quiz;

namespace Viva.Web.Questions;

/// <summary>
/// <c>/api/answers</c>: the key-point checklist of a free-text answer. <c>grade</c> only hints (the
/// matcher's pre-ticks, nothing stored); <c>POST /api/answers</c> stores the person's confirmed ticks
/// beside the matcher's, and the confirmed score is what the rating suggestion comes from.
/// </summary>
internal static class AnswerApi
{
    /// <summary>Most results one listing returns: enough for any page, bounded for the database.</summary>
    public const int MaxListed = 100;

    public static IEndpointRouteBuilder MapAnswerApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/answers", "Answers", "Written answers: the matcher's hint on the key points, and the checklists people confirmed.");
        group.MapPost("/grade", Grade).WithName("gradeAnswer").WithSummary("Score a written answer: the matcher's hint, each key point pre-ticked or not with its supporting sentence")
            .WithDescription("Each key point is ticked when one sentence of the answer (or two adjacent ones) carries enough of its terms with the same polarity; the tick names that sentence and its span. "
                + "The score is the ticked weight over the total, 0-100. It is a hint for the person to confirm (POST /api/answers), never a verdict. An empty answer is a validation problem. Nothing is stored.")
            .WithRequestExample(new AnswerBody("generators", "A generator function returns a lazy iterator; each next() runs it to the following yield, and it can be consumed only once."))
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", ConfirmAsync).WithName("confirmAnswer")
            .WithSummary("Store a confirmed checklist: the key points the person ticks, by number, with the answer they wrote (or none when only thought through)")
            .WithDescription("Key points are numbered from 1 in the order of POST /api/answers/grade's points. The matcher is run again on the answer here; "
                + "the stored result holds its ticks and the person's, and the suggested rating comes from the person's ticks.")
            .WithRequestExample(new ConfirmBody("generators", "A generator function returns a lazy iterator; each next() runs it to the following yield.", [1, 2]))
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", ListAsync).WithName("listAnswers").WithSummary($"Stored checklists, newest first, of one question when questionId is given; at most {MaxListed}")
            .WithDescription("Each entry holds the answer, the matcher's ticks and score (null when nothing was written) and the person's, with the rating their score suggests.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:long}", GetAsync).WithName("getAnswer").WithSummary("One stored checklist")
            .WithDescription("The checklist stored under this id, as POST /api/answers returned it.");
        return app;
    }

    private static Results<Ok<CoverageResponse>, ValidationProblem, ProblemHttpResult> Grade(AnswerBody body, BankCatalog bank)
    {
        if (body.QuestionId is null || bank.Find(body.QuestionId) is not { } question)
            return ApiProblems.UnknownQuestion(body.QuestionId);
        if (string.IsNullOrWhiteSpace(body.Answer) || body.Answer.Length > QuizGrading.MaxAnswerLength)
            return ApiProblems.Invalid("answer", $"An answer is required and at most {QuizGrading.MaxAnswerLength} characters.");
        var result = RubricGrader.Grade(question.KeyPoints, body.Answer);
        return TypedResults.Ok(new CoverageResponse(result.Score,
            result.Points.Select(p => new PointCoverage(p.Point.Text, p.Point.Weight, p.Covered, p.Evidence, p.Matched, p.Missed)).ToList()));
    }

    private static async Task<Results<Created<WrittenAnswerView>, ValidationProblem, ProblemHttpResult>> ConfirmAsync(
        ConfirmBody body, BankCatalog bank, VivaDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (body.QuestionId is null || bank.Find(body.QuestionId) is not { } question)
            return ApiProblems.UnknownQuestion(body.QuestionId);
        if (body.Answer?.Length > QuizGrading.MaxAnswerLength)
            return ApiProblems.Invalid("answer", $"An answer is at most {QuizGrading.MaxAnswerLength} characters.");
        if (body.Ticked is null || KeyPointChecklist.FromNumbers(body.Ticked, question.KeyPoints.Count) is not { } ticks)
            return ApiProblems.Invalid("ticked", TickedProblem(question));
        // A blank answer is what an empty box posts: nothing was written, so it was only thought through.
        var answer = string.IsNullOrWhiteSpace(body.Answer) ? null : body.Answer;
        var record = await db.ConfirmAsync(question, answer, ticks, "api", clock.GetUtcNow(), cancellationToken);
        return TypedResults.Created($"/api/answers/{record.Id}", WrittenAnswerView.From(record));
    }

    /// <summary>Why posted tick numbers were refused, worded the same for the API and the page.</summary>
    public static string TickedProblem(Question question) =>
        $"Tick key points by their numbers, 1 to {question.KeyPoints.Count}, each at most once (an empty list when none was covered).";

    private static async Task<Results<Ok<List<WrittenAnswerView>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        BankCatalog bank, VivaDb db, CancellationToken cancellationToken, string? questionId = null, int limit = 20)
    {
        if (questionId is not null && bank.Find(questionId) is null)
            return ApiProblems.UnknownQuestion(questionId);
        if (limit is < 1 or > MaxListed)
            return ApiProblems.Invalid("limit", $"A limit is 1 to {MaxListed}.");
        return TypedResults.Ok((await db.LatestAsync(questionId, limit, cancellationToken)).Select(WrittenAnswerView.From).ToList());
    }

    private static async Task<Results<Ok<WrittenAnswerView>, NotFound>> GetAsync(long id, VivaDb db, CancellationToken cancellationToken) =>
        await db.WrittenAnswers.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } record ? TypedResults.Ok(WrittenAnswerView.From(record)) : TypedResults.NotFound();
}

internal sealed record AnswerBody(string? QuestionId, string? Answer);

/// <param name="QuestionId">The question answered.</param>
/// <param name="Answer">The answer as written; leave it out (or blank) when it was only thought through.</param>
/// <param name="Ticked">The 1-based numbers of the key points the person confirms as covered; empty when none.</param>
internal sealed record ConfirmBody(string? QuestionId, string? Answer, List<int>? Ticked);

internal sealed record CoverageResponse(int Score, IReadOnlyList<PointCoverage> Points);

internal sealed record PointCoverage(string Text, int Weight, bool Covered, Evidence? Evidence, IReadOnlyList<string> Matched, IReadOnlyList<string> Missed);

/// <summary>A stored checklist. Ticks are 1-based key-point numbers; the matcher's are null when nothing was written.</summary>
internal sealed record WrittenAnswerView(long Id, string QuestionId, DateTimeOffset AnsweredAt, string? Answer, int[]? MatcherTicks, int[] ConfirmedTicks,
    int? MatcherScore, int Score, Rating SuggestedRating, string Source)
{
    public static WrittenAnswerView From(WrittenAnswerRecord r) => new(r.Id, r.QuestionId, DateTimeOffset.FromUnixTimeMilliseconds(r.AnsweredAt), r.Answer,
        r.MatcherTicks is null ? null : Numbers(r.MatcherTicks), Numbers(r.ConfirmedTicks), r.MatcherScore, r.Score,
        RatingSuggestion.Suggest(r.Score, 0, 0), r.Source);

    // A stored tick string is as long as the question's key points were when it was confirmed.
    private static int[] Numbers(string ticks) => KeyPointChecklist.Numbers(KeyPointChecklist.Parse(ticks, ticks.Length) ?? []);
}
