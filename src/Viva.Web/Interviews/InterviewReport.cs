using Microsoft.EntityFrameworkCore;
using Viva.Data;
using Viva.Web.Bank;
using System.Globalization;
using System.Text;
using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Data.Interviews;

namespace Viva.Web.Interviews;

/// <summary>
/// What a panel concluded about one candidate: per question every panellist's score, ticks and notes,
/// the spread between them; per area the mean score. Only submitted scorecards count (a draft may still change).
/// One model feeds the page, the Markdown and the PDF, so the three never disagree.
/// </summary>
internal sealed record InterviewReport(InterviewRecord Interview, IReadOnlyList<string> Panellists, IReadOnlyList<ReportQuestion> Questions)
{
    /// <summary>A spread of this much or more between two panellists' scores of one question is a disagreement to debrief.</summary>
    public const int DisagreementSpread = 2;

    public IEnumerable<ReportQuestion> Disagreements => Questions.Where(q => q.Spread >= DisagreementSpread).OrderByDescending(q => q.Spread);

    /// <summary>Per area, the mean of its questions' mean scores, in the kit's order of first appearance.</summary>
    public IEnumerable<(string Area, double Mean, int Questions)> Areas => Questions.Where(q => q.Mean is not null)
        .GroupBy(q => q.AreaTitle).Select(g => (g.Key, g.Average(q => q.Mean!.Value), g.Count()));

    /// <summary>
    /// Per topic, the mean 1-4 score and the rubric score: the weighted share of the key points each
    /// panellist heard (0-100), averaged over panellists and questions.
    /// </summary>
    public IEnumerable<(string Topic, double Mean, double Rubric, int Questions)> Topics => Questions.Where(q => q.Mean is not null)
        .GroupBy(q => q.TopicTitle).Select(g => (g.Key, g.Average(q => q.Mean!.Value), g.Average(q => q.Rubric), g.Count()));

    public double? Overall => Questions.Any(q => q.Mean is not null) ? Questions.Where(q => q.Mean is not null).Average(q => q.Mean!.Value) : null;

    public static async Task<InterviewReport> LoadAsync(VivaDb db, InterviewRecord interview, BankCatalog bank, CancellationToken cancellationToken)
    {
        var submitted = await db.Scorecards.Where(s => s.InterviewId == interview.Id && s.SubmittedAt != null).Select(s => s.InterviewerId).ToListAsync(cancellationToken);
        var entries = await db.ScoreEntries.Where(e => e.InterviewId == interview.Id && submitted.Contains(e.InterviewerId)).ToListAsync(cancellationToken);
        var panel = Lists.Commas(interview.Panel).Where(submitted.Contains).ToList();
        var names = await db.Users.Where(u => panel.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.Email ?? u.Id, cancellationToken);
        string Name(string id) => names.GetValueOrDefault(id, id == VivaDb.LocalUserId ? "you" : id);
        var ids = Lists.Lines(interview.QuestionIds).ToList();
        var auto = await AutoGraded.LoadAsync(db, interview, ids.Select(bank.Find).OfType<Question>().ToList(), entries, cancellationToken);
        var questions = ids.Select(id =>
        {
            var question = bank.Find(id);
            var scores = panel.Select(p => entries.FirstOrDefault(e => e.InterviewerId == p && e.QuestionId == id) is { } e
                ? new ReportScore(Name(p), e.Score, Scorecards.Ticks(e.Ticks), e.Note) : null).OfType<ReportScore>().ToList();
            return new ReportQuestion(id, question?.Title ?? id, question is null ? "?" : bank.AreaTitle(question.Area), question?.KeyPoints ?? [], scores)
            {
                TopicTitle = question is null ? "?" : bank.TopicTitle(question.Area, question.Topic),
                Auto = auto?.GetValueOrDefault(id),
            };
        }).ToList();
        return new InterviewReport(interview, panel.Select(Name).ToList(), questions);
    }

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        var i = CultureInfo.InvariantCulture;
        md.Append(i, $"# Interview report: {Escape(Interview.CandidateName)}\n\n");
        md.Append(i, $"{Escape(Interview.KitName)} · {Interview.Level} · {Interview.Minutes} min · {DateTimeOffset.FromUnixTimeMilliseconds(Interview.CreatedAt):yyyy-MM-dd} · panel: {Escape(string.Join(", ", Panellists))}\n\n");
        md.Append(Overall is { } overall ? string.Create(i, $"**Overall: {overall:0.00} of 4**\n\n") : "No submitted scorecards yet.\n\n");
        md.Append("## By area\n\n| area | questions | mean score |\n|---|---:|---:|\n");
        foreach (var (area, mean, count) in Areas)
            md.Append(i, $"| {Escape(area)} | {count} | {mean:0.00} |\n");
        md.Append("\n## By topic\n\n| topic | questions | mean score | rubric (key points heard, weighted) |\n|---|---:|---:|---:|\n");
        foreach (var (topic, mean, rubric, count) in Topics)
            md.Append(i, $"| {Escape(topic)} | {count} | {mean:0.00} | {rubric:0} of 100 |\n");
        md.Append("\n## Disagreements\n\n");
        var any = false;
        foreach (var q in Disagreements)
        {
            any = true;
            md.Append(i, $"- {Escape(q.Title)}: scores {string.Join(", ", q.Scores.Select(s => s.Score))} (spread {q.Spread})\n");
        }
        md.Append(any ? "\n" : "None: no question's scores are 2 or more apart.\n\n");
        md.Append("## Questions\n\n");
        foreach (var (q, n) in Questions.Select((q, n) => (q, n + 1)))
        {
            md.Append(i, $"### {n}. {Escape(q.Title)}\n\n{Escape(q.AreaTitle)} · mean {(q.Mean is { } m ? m.ToString("0.00", i) : "-")}\n\n");
            foreach (var s in q.Scores)
            {
                md.Append(i, $"- **{Escape(s.Interviewer)}**: {s.Score?.ToString(i) ?? "-"} · key points heard: {s.Ticks.Count(t => t)} of {s.Ticks.Length}");
                md.Append(s.Note is null ? "\n" : $" · note: {Escape(s.Note)}\n");
            }
            if (q.Auto is { } auto)
            {
                md.Append(i, $"- **Auto-graded**: {Escape(auto.Summary())}\n");
                if (auto.Answer is { } answer)
                    md.Append(i, $"- **Typed answer**: {Escape(answer)}\n");
            }
            md.Append('\n');
        }
        return md.ToString();
    }

    /// <summary>Text from people (names, notes) printed literally: Markdown's own characters are escaped and lines joined.</summary>
    private static string Escape(string text)
    {
        var flat = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        var sb = new StringBuilder(flat.Length);
        foreach (var c in flat)
        {
            if ("\\`*_{}[]()<>#+-.!|~".Contains(c, StringComparison.Ordinal))
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}

internal sealed record ReportQuestion(string Id, string Title, string AreaTitle, IReadOnlyList<KeyPoint> KeyPoints, IReadOnlyList<ReportScore> Scores)
{
    public string TopicTitle { get; init; } = "?";

    /// <summary>
    /// The rubric score: the weighted share of key points each panellist heard (0-100), averaged over the
    /// panellists who scored. Ticks stored before a key point was added to the question count as not heard for it.
    /// </summary>
    public double Rubric => Scores.Count == 0 ? 0
        : Scores.Average(s => (double)KeyPointChecklist.Score(KeyPoints, KeyPoints.Select((_, k) => k < s.Ticks.Length && s.Ticks[k]).ToArray()));

    /// <summary>What the machine graded, in a report the candidate reads about themselves; null otherwise.</summary>
    public AutoGraded? Auto { get; init; }

    public double? Mean => Scores.Any(s => s.Score is not null) ? Scores.Where(s => s.Score is not null).Average(s => s.Score!.Value) : null;

    public int Spread => Scores.Count(s => s.Score is not null) < 2 ? 0 : Scores.Max(s => s.Score ?? 0) - Scores.Where(s => s.Score is not null).Min(s => s.Score!.Value);

    /// <summary>How many panellists ticked each key point.</summary>
    public int Heard(int point) => Scores.Count(s => point < s.Ticks.Length && s.Ticks[point]);
}

internal sealed record ReportScore(string Interviewer, int? Score, bool[] Ticks, string? Note);
