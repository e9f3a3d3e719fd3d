using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Viva.Data;
using Viva.Data.Accounts;

namespace Viva.Web.Interviews;

/// <summary>
/// The person behind a request, as the interview pages need them: who they are, which team's kits and
/// interviews they share, and whether they may run interviews. In local single-user mode the one user
/// is everything (their own team, interviewer and candidate alike).
/// </summary>
internal sealed record Member(string Id, string Name, string Team, bool Interviews)
{
    public const string LocalTeam = "local";

    /// <summary>A person in no team works alone: their kits and interviews are keyed by their own id.</summary>
    public static string TeamOf(VivaUser user) => user.Team ?? "user:" + user.Id;

    /// <summary>Who the request is, without reading the database: the signed-in user's id, or the local user's.</summary>
    public static string IdOf(HttpContext context) => context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? VivaDb.LocalUserId;

    public static async Task<Member> OfAsync(HttpContext context)
    {
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
            return new Member(VivaDb.LocalUserId, "you", LocalTeam, Interviews: true);
        var db = context.RequestServices.GetRequiredService<VivaDb>();
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == id, context.RequestAborted);
        // From the database, not the principal: an API token's principal carries no roles, and a role taken away counts at once.
        var interviews = await InRoleAsync(db, id, [Roles.Interviewer, Roles.Admin], context.RequestAborted);
        return new Member(id, user.DisplayName ?? user.Email ?? id, TeamOf(user), interviews);
    }

    /// <summary>Whether the user holds any of <paramref name="roles"/>, read from the database (as above, for tokens and roles taken away).</summary>
    public static Task<bool> InRoleAsync(VivaDb db, string userId, IEnumerable<string> roles, CancellationToken cancellationToken)
    {
        // Role ids are the lower-case names (VivaDb seeds them so).
        var ids = roles.Select(r => r.ToLowerInvariant()).ToList();
        return db.UserRoles.AnyAsync(r => r.UserId == userId && ids.Contains(r.RoleId), cancellationToken);
    }
}
