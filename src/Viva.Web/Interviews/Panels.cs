using Microsoft.EntityFrameworkCore;
using Viva.Data;
using Viva.Core.Bank;
using Viva.Data.Accounts;
using Viva.Data.Interviews;

namespace Viva.Web.Interviews;

/// <summary>
/// Interviews and their panels: who may sit on one, which interviews a member sees, and the blind rule
/// (another panellist's scores stay hidden from you until you have submitted your own).
/// </summary>
internal static class Panels
{
    /// <summary>The interviewers and admins of the member's team, by name (in local mode, the one user).</summary>
    public static async Task<IReadOnlyList<(string Id, string Name)>> InterviewersAsync(VivaDb db, Member member, CancellationToken cancellationToken)
    {
        if (member.Team == Member.LocalTeam)
            return [(member.Id, member.Name)];
        var roleIds = new[] { Roles.Interviewer.ToLowerInvariant(), Roles.Admin.ToLowerInvariant() };
        var team = member.Team.StartsWith("user:", StringComparison.Ordinal) ? null : member.Team;
        var rows = await (from u in db.Users
                          where team == null ? u.Id == member.Id : u.Team == team
                          where db.UserRoles.Any(r => r.UserId == u.Id && roleIds.Contains(r.RoleId))
                          select new { u.Id, Name = u.DisplayName ?? u.Email ?? u.Id }).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Select(r => (r.Id, r.Name)).ToList();
    }

    /// <summary>The team's panel interviews, for a member who may run interviews; nothing for anyone else.</summary>
    public static IQueryable<InterviewRecord> Visible(VivaDb db, Member member) =>
        member.Interviews ? db.Interviews.Where(i => i.Team == member.Team && !i.Mock) : db.Interviews.Where(i => false);

    /// <summary>What one interview id may open for the member: their team's panel interviews (as <see cref="Visible"/>) and their own mock interviews.</summary>
    public static IQueryable<InterviewRecord> Reachable(VivaDb db, Member member) =>
        db.Interviews.Where(i => (i.Mock && i.CandidateUserId == member.Id) || (!i.Mock && member.Interviews && i.Team == member.Team));

    public static InterviewRecord Start(KitRecord kit, IReadOnlyList<Question> questions, string candidate, IReadOnlyList<string> panel, Member member, DateTimeOffset now) => new()
    {
        Id = KitAccess.NewId(), Team = member.Team, CandidateName = candidate, KitId = kit.Id, KitName = kit.Name, Level = kit.Level,
        Minutes = kit.Minutes, QuestionIds = Lists.Lines(questions.Select(q => q.Id)), Panel = Lists.Commas(panel),
        CreatedBy = member.Id, CreatedAt = now.ToUnixTimeMilliseconds(),
    };

    public static bool OnPanel(InterviewRecord interview, string userId) => Lists.Commas(interview.Panel).Contains(userId);

    /// <summary>
    /// Whether the member may see every panellist's scores (the report, another's scorecard): a panellist
    /// only once their own scorecard is submitted; a team member off the panel, who scores nothing, at once.
    /// </summary>
    public static async Task<bool> MaySeeOthersAsync(VivaDb db, InterviewRecord interview, Member member, CancellationToken cancellationToken) =>
        MaySeeOthers(interview, member.Id, submittedOwn: !OnPanel(interview, member.Id)
            || await db.Scorecards.AnyAsync(s => s.InterviewId == interview.Id && s.InterviewerId == member.Id && s.SubmittedAt != null, cancellationToken));

    /// <summary>The blind rule itself, for a page that has already loaded who submitted (the calibration page, over many interviews at once).</summary>
    public static bool MaySeeOthers(InterviewRecord interview, string memberId, bool submittedOwn) => !OnPanel(interview, memberId) || submittedOwn;
}
