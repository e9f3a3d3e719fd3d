using System.Security.Claims;
using Viva.Data;
using Viva.Data.Accounts;
using Viva.Data.Cohorts;
using Viva.Web.Interviews;

namespace Viva.Web.Cohorts;

/// <summary>Who runs cohorts (trainers and admins, in multi-user mode) and which cohorts they reach (their team's).</summary>
internal static class CohortAccess
{
    /// <summary>
    /// The trainer behind the request, or null for anyone who may not run cohorts: a candidate, an interviewer
    /// only, or the one local user (cohorts follow other people's accounts, which local mode has none of).
    /// </summary>
    public static async Task<Member?> TrainerAsync(HttpContext context, VivaDb db)
    {
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id
            || !await Member.InRoleAsync(db, id, [Roles.Trainer, Roles.Admin], context.RequestAborted))
            return null;
        return await Member.OfAsync(context);
    }

    /// <summary>The trainer's team's cohorts; another team's id finds nothing.</summary>
    public static IQueryable<CohortRecord> Visible(VivaDb db, Member trainer) =>
        db.Cohorts.Where(c => c.Team == trainer.Team);
}
