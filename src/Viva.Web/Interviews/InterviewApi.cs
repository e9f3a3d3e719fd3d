using Microsoft.EntityFrameworkCore;
using Viva.Data;
using Viva.Web.Bank;
using Microsoft.AspNetCore.Http.HttpResults;
using Viva.Web.Api;

namespace Viva.Web.Interviews;

/// <summary>
/// <c>/api/interviews</c>: a panellist's scorecard (the scorecard page autosaves through it) and, under the
/// blind rule, the others'. Also the report's Markdown and PDF, beside its page.
/// </summary>
internal static class InterviewApi
{
    public sealed record EntryBody(IReadOnlyList<bool>? Ticks, int? Score, string? Note);

    public sealed record EntryView(string QuestionId, IReadOnlyList<bool> Ticks, int? Score, string? Note);

    public sealed record ScorecardView(string InterviewId, string InterviewerId, bool Submitted, IReadOnlyList<EntryView> Entries);

    public static IEndpointRouteBuilder MapInterviewApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/interviews", "Interviews", "Blind scorecards of panel interviews: save your own entry, read a panellist's scorecard once yours is submitted.");
        group.MapPut("/{id}/scorecard/{questionId}", SaveAsync).WithName("saveScorecardEntry")
            .WithSummary("Save your scorecard entry for one question: the key points heard (one flag per key point in order), a 1-4 score and a note")
            .WithDescription("A 4 or a 1 needs a ticked key point or a note. A submitted scorecard no longer changes (409). Not found unless you are on the interview's panel.")
            .WithRequestExample(new EntryBody([true, false, true, false, false, false], 3, "Explained what the lock protects; did not know the 3.13 free-threaded build."))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id}/scorecards/{interviewerId}", GetAsync).WithName("getScorecard")
            .WithSummary("A panellist's scorecard")
            .WithDescription("Your own at any time, draft or submitted. Another panellist's only once yours is submitted and theirs is too; until then it is not found, "
                + "exactly as if it did not exist, so nothing tells you whether they have scored. Ticks are one flag per key point in the question's order.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/interviews/{id}/report.md", MarkdownAsync).ExcludeFromDescription();
        app.MapGet("/interviews/{id}/report.pdf", PdfAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<EntryView>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        string id, string questionId, EntryBody body, HttpContext context, VivaDb db, BankCatalog bank, TimeProvider clock, CancellationToken cancellationToken)
    {
        var member = await Member.OfAsync(context);
        var interview = await Panels.Reachable(db, member).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (interview is null || !Panels.OnPanel(interview, member.Id))
            return NotFound();
        if (bank.Find(questionId) is not { } question || !Lists.Lines(interview.QuestionIds).Contains(questionId))
            return ApiProblems.UnknownQuestion(questionId);
        if (await db.Scorecards.AnyAsync(s => s.InterviewId == id && s.InterviewerId == member.Id && s.SubmittedAt != null, cancellationToken))
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Submitted", detail: "This scorecard is submitted; it no longer changes.");
        var problem = await Scorecards.SaveEntryAsync(db, interview, member.Id, question, body.Ticks ?? [], body.Score, body.Note, clock.GetUtcNow(), cancellationToken);
        return problem is null ? TypedResults.Ok(new EntryView(questionId, body.Ticks ?? [], body.Score, body.Note)) : ApiProblems.Invalid("entry", problem);
    }

    private static async Task<Results<Ok<ScorecardView>, ProblemHttpResult>> GetAsync(string id, string interviewerId, HttpContext context, VivaDb db, CancellationToken cancellationToken)
    {
        var member = await Member.OfAsync(context);
        var interview = interviewerId == member.Id
            ? await Panels.Reachable(db, member).FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
            : await ReportAccess.FindAsync(db, member, id, cancellationToken);
        if (interview is null || !Panels.OnPanel(interview, interviewerId))
            return NotFound();
        var card = await db.Scorecards.FirstOrDefaultAsync(s => s.InterviewId == id && s.InterviewerId == interviewerId, cancellationToken);
        // A draft is its author's alone, even for someone allowed to see the others' submitted scores.
        if (interviewerId != member.Id && card?.SubmittedAt is null)
            return NotFound();
        var entries = await db.ScoreEntries.Where(e => e.InterviewId == id && e.InterviewerId == interviewerId).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ScorecardView(id, interviewerId, card?.SubmittedAt is not null,
            entries.Select(e => new EntryView(e.QuestionId, Scorecards.Ticks(e.Ticks), e.Score, e.Note)).ToList()));
    }

    private static async Task<IResult> MarkdownAsync(string id, HttpContext context, VivaDb db, BankCatalog bank, CancellationToken cancellationToken)
    {
        var member = await Member.OfAsync(context);
        if (await ReportAccess.FindAsync(db, member, id, cancellationToken) is not { } interview)
            return Results.NotFound();
        var report = await InterviewReport.LoadAsync(db, interview, bank, cancellationToken);
        return Results.Text(report.ToMarkdown(), "text/markdown; charset=utf-8");
    }

    private static async Task<IResult> PdfAsync(string id, HttpContext context, VivaDb db, BankCatalog bank, MarkdownHtml markdown, CancellationToken cancellationToken)
    {
        var member = await Member.OfAsync(context);
        if (await ReportAccess.FindAsync(db, member, id, cancellationToken) is not { } interview)
            return Results.NotFound();
        if (ReportPdf.Chromium() is not { } chromium)
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "No Chromium to print with",
                detail: "Install Debian's chromium (or set VIVA_CHROMIUM), or print the report page from the browser.");
        var report = await InterviewReport.LoadAsync(db, interview, bank, cancellationToken);
        var pdf = await ReportPdf.PrintAsync(chromium, "Interview report: " + interview.CandidateName, markdown.Render(report.ToMarkdown()).Value, cancellationToken);
        return Results.File(pdf, "application/pdf", $"interview-{interview.Id}.pdf");
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No such interview or scorecard for you.");
}
