using Microsoft.EntityFrameworkCore;
using Viva.Data;
using Viva.Core.Bank;
using Viva.Core.Interviews;
using Viva.Data.Interviews;

namespace Viva.Web.Interviews;

/// <summary>Saving a panellist's scorecard entries (the page's form and its autosave call the same code) and submitting the scorecard.</summary>
internal static class Scorecards
{
    /// <summary>What an entry save or a submit says: null when it was done, else one line for the person.</summary>
    public static Task<string?> SaveEntryAsync(VivaDb db, InterviewRecord interview, string interviewerId, Question question,
        IReadOnlyList<bool> ticks, int? score, string? note, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ticks.Count != question.KeyPoints.Count)
            return Task.FromResult<string?>($"The checklist has {question.KeyPoints.Count} key points; {ticks.Count} ticks were sent.");
        if (note?.Length > 4000)
            return Task.FromResult<string?>("A note is at most 4,000 characters.");
        if (score is { } s && ScorecardRules.Validate(s, ticks, note) is { } problem)
            return Task.FromResult<string?>(problem);
        return UpsertAsync(db, interview, interviewerId, question, entry =>
        {
            entry.Ticks = string.Concat(ticks.Select(t => t ? '1' : '0'));
            entry.Score = score;
            entry.Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        }, now, cancellationToken);
    }

    /// <summary>A mock interview's typed answer to one question; its self-assessment is saved apart, later.</summary>
    public static Task<string?> SaveAnswerAsync(VivaDb db, InterviewRecord interview, string candidateId, Question question, string answer, DateTimeOffset now, CancellationToken cancellationToken) =>
        answer.Length > MaxAnswerLength
            ? Task.FromResult<string?>($"An answer is at most {MaxAnswerLength:N0} characters.")
            : UpsertAsync(db, interview, candidateId, question, entry => entry.Answer = answer, now, cancellationToken);

    public const int MaxAnswerLength = 20_000;

    private static async Task<string?> UpsertAsync(VivaDb db, InterviewRecord interview, string interviewerId, Question question,
        Action<ScoreEntryRecord> fill, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!Lists.Lines(interview.QuestionIds).Contains(question.Id))
            return "That question is not in this interview.";
        // The page's autosave and its Save button can race to add the same rows: the loser retries as an update.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var card = await db.Scorecards.FirstOrDefaultAsync(c => c.InterviewId == interview.Id && c.InterviewerId == interviewerId, cancellationToken);
                if (card?.SubmittedAt is not null)
                    return "This scorecard is submitted; it no longer changes.";
                if (card is null)
                    db.Scorecards.Add(new ScorecardRecord { InterviewId = interview.Id, InterviewerId = interviewerId });
                var entry = await db.ScoreEntries.FirstOrDefaultAsync(e => e.InterviewId == interview.Id && e.InterviewerId == interviewerId && e.QuestionId == question.Id, cancellationToken);
                if (entry is null)
                    db.ScoreEntries.Add(entry = new ScoreEntryRecord { InterviewId = interview.Id, InterviewerId = interviewerId, QuestionId = question.Id });
                fill(entry);
                entry.UpdatedAt = now.ToUnixTimeMilliseconds();
                await db.SaveChangesAsync(cancellationToken);
                return null;
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Submits the scorecard once every question has a score that its rules accept; after that it is final.</summary>
    public static async Task<string?> SubmitAsync(VivaDb db, InterviewRecord interview, string interviewerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entries = await db.ScoreEntries.Where(e => e.InterviewId == interview.Id && e.InterviewerId == interviewerId).ToListAsync(cancellationToken);
        foreach (var (id, n) in Lists.Lines(interview.QuestionIds).Select((id, i) => (id, i + 1)))
        {
            var entry = entries.FirstOrDefault(e => e.QuestionId == id);
            if (entry?.Score is not { } score)
                return $"Question {n} has no score yet.";
            if (ScorecardRules.Validate(score, Ticks(entry.Ticks), entry.Note) is { } problem)
                return $"Question {n}: {problem}";
        }
        var card = await db.Scorecards.FirstAsync(c => c.InterviewId == interview.Id && c.InterviewerId == interviewerId, cancellationToken);
        if (card.SubmittedAt is not null)
            return "This scorecard is submitted already.";
        card.SubmittedAt = now.ToUnixTimeMilliseconds();
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public static bool[] Ticks(string stored) => stored.Select(c => c == '1').ToArray();
}
