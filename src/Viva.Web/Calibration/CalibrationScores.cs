using Microsoft.EntityFrameworkCore;
using Viva.Data;
using Viva.Data.Interviews;
using Viva.Web.Interviews;

namespace Viva.Web.Calibration;

/// <summary>One interviewer's submitted 1-4 for one candidate's answer to one question.</summary>
internal sealed record SubmittedScore(string InterviewId, string InterviewerId, string QuestionId, int Score);

/// <summary>
/// The scores the calibration page may read for a member: their team's panel interviews, submitted scorecards
/// only (a draft may still change), and nothing of an interview whose others' scores the blind rule still hides
/// from them (they sit on its panel and have not submitted): figures that include it would leak those scores.
/// </summary>
internal sealed record CalibrationScores(IReadOnlyList<InterviewRecord> Interviews, int HiddenByBlindRule, IReadOnlyList<SubmittedScore> Scores)
{
    public static async Task<CalibrationScores> LoadAsync(VivaDb db, Member member, CancellationToken cancellationToken)
    {
        var visible = await Panels.Visible(db, member).ToListAsync(cancellationToken);
        var submitted = (await (from s in db.Scorecards
                                join i in Panels.Visible(db, member) on s.InterviewId equals i.Id
                                where s.SubmittedAt != null
                                select new { s.InterviewId, s.InterviewerId }).ToListAsync(cancellationToken))
            .ToLookup(s => s.InterviewId, s => s.InterviewerId);
        var hidden = visible.Where(i => !Panels.MaySeeOthers(i, member.Id, submittedOwn: submitted[i.Id].Contains(member.Id)))
            .Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var scores = await (from e in db.ScoreEntries
                            join s in db.Scorecards on new { e.InterviewId, e.InterviewerId } equals new { s.InterviewId, s.InterviewerId }
                            join i in Panels.Visible(db, member) on e.InterviewId equals i.Id
                            where s.SubmittedAt != null && e.Score != null
                            select new SubmittedScore(e.InterviewId, e.InterviewerId, e.QuestionId, e.Score!.Value)).ToListAsync(cancellationToken);
        scores.RemoveAll(s => hidden.Contains(s.InterviewId));
        var scored = scores.Select(s => s.InterviewId).ToHashSet(StringComparer.Ordinal);
        // Oldest first, so the units (and with them the fixed-seed bootstrap) come in the same order every time.
        var counted = visible.Where(i => scored.Contains(i.Id)).OrderBy(i => i.CreatedAt).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
        return new CalibrationScores(counted, hidden.Count, scores);
    }
}
