using Microsoft.EntityFrameworkCore;
using Viva.Data;
using Viva.Data.Interviews;

namespace Viva.Web.Interviews;

/// <summary>The one gate of every view of others' scores (report page, Markdown, PDF, API): not found unless the blind rule allows it.</summary>
internal static class ReportAccess
{
    public static async Task<InterviewRecord?> FindAsync(VivaDb db, Member member, string id, CancellationToken cancellationToken)
    {
        var interview = await Panels.Reachable(db, member).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        return interview is not null && await Panels.MaySeeOthersAsync(db, interview, member, cancellationToken) ? interview : null;
    }
}
