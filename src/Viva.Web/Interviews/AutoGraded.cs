using Microsoft.EntityFrameworkCore;
using Viva.Core.Bank;
using Viva.Data;
using Viva.Data.Interviews;

namespace Viva.Web.Interviews;

/// <summary>
/// What the machine graded for one question of a candidate's report, beside the people's scores: how many
/// key points the matcher found in the typed answer (a hint, as on the scorecard), the candidate's latest
/// answer to each of the question's quiz items, and their best run of its exercise's hidden tests.
/// </summary>
internal sealed record AutoGraded(string? Answer, int? MatcherPoints, int KeyPoints, int QuizRight, int QuizAnswered, int QuizItems, ExerciseBest? Exercise)
{
    /// <summary>
    /// Per question, for a report the candidate reads about themselves (a mock interview): their own quiz
    /// and exercise rows are the ones this request's database context shows. Null for anyone else's report:
    /// a candidate's practice is theirs, and a panel interview's candidate has no account here.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, AutoGraded>?> LoadAsync(VivaDb db, InterviewRecord interview, IReadOnlyList<Question> questions,
        IReadOnlyList<ScoreEntryRecord> entries, CancellationToken cancellationToken)
    {
        if (!interview.Mock || interview.CandidateUserId != db.UserId)
            return null;
        var ids = questions.Select(q => q.Id).ToList();
        var answers = await db.QuizAnswers.Where(a => ids.Contains(a.QuestionId))
            .Select(a => new { a.QuestionId, a.ItemIndex, a.AnsweredAt, a.Id, a.Correct }).ToListAsync(cancellationToken);
        var attempts = await db.ExerciseAttempts.Where(a => ids.Contains(a.QuestionId) && a.Total > 0)
            .Select(a => new { a.QuestionId, a.Passed, a.Total, a.GaveUp }).ToListAsync(cancellationToken);
        return questions.ToDictionary(q => q.Id, q =>
        {
            var answer = entries.FirstOrDefault(e => e.QuestionId == q.Id)?.Answer;
            // Each item's latest answer: what the candidate knows now, not their first stumble.
            var latest = answers.Where(a => a.QuestionId == q.Id && a.ItemIndex < q.Quiz.Count)
                .GroupBy(a => a.ItemIndex).Select(g => g.MaxBy(a => (a.AnsweredAt, a.Id))!).ToList();
            var runs = attempts.Where(a => a.QuestionId == q.Id).ToList();
            ExerciseBest? exercise = q.Exercise is null ? null
                : new ExerciseBest(runs.Count, runs.Count == 0 ? 0 : runs.Max(r => r.Passed), runs.Count == 0 ? 0 : runs.MaxBy(r => r.Passed)!.Total,
                    Solved: runs.Any(r => r.Passed == r.Total && !r.GaveUp));
            return new AutoGraded(
                string.IsNullOrWhiteSpace(answer) ? null : answer,
                string.IsNullOrWhiteSpace(answer) ? null : MockInterviews.Hint(q, answer).Count(t => t),
                q.KeyPoints.Count, latest.Count(a => a.Correct), latest.Count, q.Quiz.Count, exercise);
        });
    }

    /// <summary>One line for the report, the same on the page and in the Markdown.</summary>
    public string Summary()
    {
        var parts = new List<string>
        {
            MatcherPoints is { } found ? $"the matcher found {found} of {KeyPoints} key points in the typed answer" : "no typed answer",
            QuizAnswered == 0 ? $"quiz: none of {QuizItems} items answered yet" : $"quiz: {QuizRight} of {QuizAnswered} answered items right (latest answers; {QuizItems} items)",
        };
        if (Exercise is { } e)
            parts.Add(e.Runs == 0 ? "exercise: not attempted" : $"exercise: best run passed {e.Passed} of {e.Total} hidden tests{(e.Solved ? ", solved" : "")}");
        return string.Join(" · ", parts);
    }
}

/// <summary>The best of a candidate's runs of one exercise; solved means all tests passed without having seen the solution.</summary>
internal sealed record ExerciseBest(int Runs, int Passed, int Total, bool Solved);
