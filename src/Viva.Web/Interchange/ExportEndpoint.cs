using Viva.Core.Interchange;
using Viva.Data;
using Viva.Web.Bank;

namespace Viva.Web.Interchange;

/// <summary><c>GET /interchange/export?format=…&amp;scope=…</c>: the export page's download, the same file <c>viva export</c> writes.</summary>
internal static class ExportEndpoint
{
    public static IEndpointRouteBuilder MapInterchangeExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/interchange/export", ExportAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ExportAsync(string? format, string? scope, HttpContext context, VivaDb db, BankCatalog bank, TimeProvider clock)
    {
        if (!await InterchangeAccess.MayUseAsync(context, db))
            return Results.NotFound();
        if (format is null || !InterchangeExport.Formats.Contains(format))
            return Results.BadRequest($"format: one of {string.Join(", ", InterchangeExport.Formats)}");
        var questions = InterchangeAccess.Scope(bank, scope);
        if (questions.Count == 0)
            return Results.NotFound();
        var file = InterchangeExport.Export(format, questions, clock.GetUtcNow());
        return Results.File(file.Content, file.MediaType, $"viva-{(string.IsNullOrEmpty(scope) ? "bank" : scope)}{file.Extension}");
    }
}
