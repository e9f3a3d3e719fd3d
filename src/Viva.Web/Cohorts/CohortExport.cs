using System.Text;
using Microsoft.EntityFrameworkCore;
using Viva.Core.Scheduling;
using Viva.Data;
using Viva.Web.Bank;

namespace Viva.Web.Cohorts;

/// <summary><c>GET /cohorts/{id}/progress.csv</c>: the cohort page's progress table as a spreadsheet file.</summary>
internal static class CohortExport
{
    public static IEndpointRouteBuilder MapCohortExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cohorts/{id}/progress.csv", ExportAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ExportAsync(string id, HttpContext context, VivaDb db, BankCatalog bank, FsrsScheduler scheduler, TimeProvider clock)
    {
        if (await CohortAccess.TrainerAsync(context, db) is not { } trainer
            || await CohortAccess.Visible(db, trainer).FirstOrDefaultAsync(c => c.Id == id, context.RequestAborted) is not { } cohort)
            return Results.NotFound();
        var progress = await CohortProgress.LoadAsync(db, cohort, bank, scheduler, clock.GetUtcNow(), context.RequestAborted);
        return Results.File(Encoding.UTF8.GetBytes(ProgressCsv.Write(progress)), "text/csv; charset=utf-8", $"cohort-{cohort.Id}-progress.csv");
    }
}
