using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Viva.Core.Assessments;
using Viva.Data;
using Viva.Data.Assessments;
using Viva.Web.Api;
using Viva.Web.Bank;
using Viva.Web.Hosting;
using Viva.Web.Interviews;
using Viva.Web.Running;
using Viva.Sandbox;

namespace Viva.Web.Assessments;

/// <summary><c>/api/attempts</c>: the candidate's autosave while an assessment is open (the page sends it every few seconds).</summary>
internal static class AttemptApi
{
    /// <summary>One part's answer: its key as the page names it, the text, and the edit's revision (later edits have larger ones).</summary>
    public sealed record AttemptAnswerBody(string Item, string Text, long Revision);

    public sealed record AttemptAnswersBody(IReadOnlyList<AttemptAnswerBody>? Answers, string? AiDeclaration);

    /// <summary>How many answers were stored, which were older than the stored edit (changed meanwhile in another tab), and the time left.</summary>
    public sealed record AttemptSavedView(int Saved, IReadOnlyList<string> Stale, long LeftMs);

    public static IEndpointRouteBuilder MapAttemptApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/attempts", "Assessments", "A candidate's attempt at an online assessment: answers saved as they are typed, under the server's clock.");
        group.MapPost("/{id}/answers", SaveAsync).WithName("saveAttemptAnswers")
            .WithSummary("Save answers of your attempt (autosave)")
            .WithDescription("Stores each answer unless a later edit of it is stored already (listed as stale). Refused (409) before the attempt is started, "
                + "after it is submitted, and once the time and 30 seconds' grace are over. Not found unless the attempt is yours.")
            .WithRequestExample(new AttemptAnswersBody([new AttemptAnswerBody("written:gil", "The GIL lets one thread run bytecode at a time...", 1765000000000)], "None used."))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/runs/{questionId}", RunAsync).WithName("runAttemptTests")
            .WithSummary("Run an exercise's hidden tests on your saved code")
            .WithDescription("Runs the tests on the code last saved for the exercise (save it first) and reports each test's name and outcome, never the test. "
                + "Each run counts against the assessment's runs per exercise (409 when none are left). A busy sandbox answers 503 with Retry-After and does not count.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPost("/{id}/submit", SubmitAsync).WithName("submitAttempt")
            .WithSummary("Submit your attempt")
            .WithDescription("Ends the attempt with what is saved; each exercise's final code is then graded. Submitting twice changes nothing.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    /// <summary>A run's outcomes: passed of total, and each test's name with what happened.</summary>
    public sealed record AttemptRunView(int Passed, int Total, IReadOnlyList<TestOutcomeView> Tests, int RunsLeft);

    public sealed record TestOutcomeView(string Name, string Outcome);

    public sealed record AttemptSubmittedView(bool Submitted, string By);

    private static async Task<(AssessmentRecord, AttemptRecord)?> OpenAttemptAsync(string id, HttpContext context, VivaDb db, BankCatalog bank, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The id alone: an attempt is its candidate's whatever their roles, and the autosave is the hot path.
        var attempt = await AssessmentAccess.OwnAttempts(db, Member.IdOf(context)).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        var assessment = attempt is null ? null : await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attempt.AssessmentId, cancellationToken);
        if (attempt is null || assessment is null)
            return null;
        await Attempts.FinishIfOverAsync(db, assessment, attempt, bank, now, cancellationToken);
        return (assessment, attempt);
    }

    private static async Task<Results<Ok<AttemptRunView>, ProblemHttpResult>> RunAsync(
        string id, string questionId, HttpContext context, VivaDb db, BankCatalog bank, CodeRunner runner, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await OpenAttemptAsync(id, context, db, bank, now, cancellationToken) is not var (assessment, attempt))
            return NotFound();
        var item = new AssessmentItem(AssessmentItemKind.Exercise, questionId);
        if (!AssessmentAccess.Items(assessment).Contains(item) || bank.Find(questionId) is not { Exercise: not null } question)
            return NotFound();
        if (attempt.StartedAt is null || attempt.SubmittedAt is not null)
            return Closed(attempt);
        try
        {
            if (await Attempts.CountedRunAsync(db, runner, assessment, attempt, question, now, cancellationToken) is not { } run)
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "No runs left", detail: "No test runs are left for this exercise; the final code is graded at submission.");
            var used = await db.AttemptRuns.CountAsync(r => r.AttemptId == id && r.QuestionId == questionId && !r.Final, cancellationToken);
            return TypedResults.Ok(new AttemptRunView(run.Passed, run.Total, Attempts.Outcomes(run).Select(o => new TestOutcomeView(o.Test, o.Outcome)).ToList(), assessment.RunsPerExercise - used));
        }
        catch (Exception e) when (e is SandboxBusyException or SandboxUnavailableException)
        {
            context.Response.Headers.RetryAfter = "5";
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Sandbox busy", detail: "The sandbox is busy; this run was not counted. Try again in a few seconds.");
        }
    }

    private static async Task<Results<Ok<AttemptSubmittedView>, ProblemHttpResult>> SubmitAsync(
        string id, HttpContext context, VivaDb db, BankCatalog bank, CodeRunner runner, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await OpenAttemptAsync(id, context, db, bank, now, cancellationToken) is not var (assessment, attempt))
            return NotFound();
        if (attempt.StartedAt is null)
            return Closed(attempt);
        if (attempt.SubmittedAt is null)
            await Attempts.SubmitAsync(db, assessment, attempt, bank, Attempts.ByCandidate, now, cancellationToken);
        await Attempts.GradeFinalCodeAsync(db, runner, assessment, attempt, bank, now, cancellationToken);
        var stored = await db.Attempts.AsNoTracking().FirstAsync(a => a.Id == id, cancellationToken);
        return TypedResults.Ok(new AttemptSubmittedView(true, stored.SubmittedBy ?? Attempts.ByCandidate));
    }

    private static ProblemHttpResult Closed(AttemptRecord attempt) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: attempt.StartedAt is null ? "Not started" : "Submitted",
            detail: attempt.StartedAt is null ? "Start the assessment first." : "This attempt is submitted; nothing more is saved or run.");

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No such attempt or exercise of yours.");

    private static async Task<Results<Ok<AttemptSavedView>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        string id, AttemptAnswersBody body, HttpContext context, VivaDb db, BankCatalog bank, VivaWebOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await OpenAttemptAsync(id, context, db, bank, now, cancellationToken) is not var (assessment, attempt))
            return NotFound();
        if (attempt.StartedAt is null || attempt.SubmittedAt is not null)
            return Closed(attempt);
        var keys = AssessmentAccess.Items(assessment).Select(i => i.Key).ToHashSet();
        var answers = body.Answers ?? [];
        if (answers.FirstOrDefault(a => !keys.Contains(a.Item ?? "")) is { } unknown)
            return ApiProblems.Invalid("answers", $"'{unknown.Item}' is not a part of this assessment.");
        if (answers.Any(a => (a.Text ?? "").Length > options.MaxCodeLength) || (body.AiDeclaration?.Length ?? 0) > AttemptStore.MaxDeclarationLength)
            return ApiProblems.Invalid("answers", $"An answer is limited to {options.MaxCodeLength:N0} characters (a declaration to 4,000).");
        var stale = new List<string>();
        foreach (var answer in answers)
        {
            if (!await AttemptStore.SaveAnswerAsync(db, attempt.Id, answer.Item, answer.Text ?? "", answer.Revision, now, cancellationToken))
                stale.Add(answer.Item);
        }
        if (body.AiDeclaration is { } declaration)
            await AttemptStore.SaveDeclarationAsync(db, attempt.Id, declaration, cancellationToken);
        var left = AssessmentAccess.Deadline(assessment, attempt)!.Value - now;
        return TypedResults.Ok(new AttemptSavedView(answers.Count - stale.Count, stale, (long)Math.Max(0, left.TotalMilliseconds)));
    }
}
