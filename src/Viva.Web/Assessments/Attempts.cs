using Microsoft.EntityFrameworkCore;
using Viva.Core.Assessments;
using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Data;
using Viva.Data.Assessments;
using Viva.Data.Interviews;
using Viva.Sandbox;
using Viva.Web.Bank;
using Viva.Web.Interviews;
using Viva.Web.Running;

namespace Viva.Web.Assessments;

/// <summary>What happens to an attempt: its tests run, its quiz graded, its submission (by the candidate or the clock).</summary>
internal static class Attempts
{
    public const string ByCandidate = "candidate";
    public const string ByTime = "time";

    /// <summary>
    /// A test's outcome as a candidate may see it: whether it passed, and the kind of failure, but never the
    /// test's source, its inputs or the expected value (a mismatch message would quote the expected value,
    /// and an exception's message often quotes the input).
    /// </summary>
    public static string Outcome(TestVerdict verdict)
    {
        if (verdict.Passed)
            return "passed";
        var message = verdict.Message;
        if (message.StartsWith(TestOutput.ProgramFailedPrefix, StringComparison.Ordinal))
            return "did not run: the code raised " + ExceptionName(message[TestOutput.ProgramFailedPrefix.Length..]) + " before the tests";
        if (message is "timed out" or "ran out of memory" or "printed too much output" || message.StartsWith("did not run", StringComparison.Ordinal))
            return message;
        // The grader's mismatches start with the JSON path ("$..."); anything else is the exception line the harness reported.
        return message.StartsWith('$') ? "wrong result" : "raised " + ExceptionName(message);
    }

    /// <summary>
    /// Only Python's own exception names are shown: the candidate's code runs beside the tests and could make an
    /// exception class named after what it reads of them, turning the outcome into a channel out of the sandbox.
    /// </summary>
    private static string ExceptionName(string line) =>
        line.Split(':', 2)[0].Trim() is var name && BuiltinExceptions.Contains(name) ? name : "an exception of the code's own class";

    private static readonly HashSet<string> BuiltinExceptions = [.. """
        ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError BrokenPipeError BufferError
        ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError EOFError EnvironmentError
        Exception ExceptionGroup FileExistsError FileNotFoundError FloatingPointError GeneratorExit IOError ImportError IndentationError
        IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError
        NotADirectoryError NotImplementedError OSError OverflowError PermissionError ProcessLookupError RecursionError ReferenceError
        RuntimeError StopAsyncIteration StopIteration SyntaxError SystemError SystemExit TabError TimeoutError TypeError
        UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError ValueError ZeroDivisionError
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Runs an exercise's hidden tests on the run's code, on the newest Python its tests are proven on, and writes the outcome into the run.</summary>
    public static async Task RunTestsAsync(CodeRunner runner, Question question, AttemptRunRecord run, CancellationToken cancellationToken)
    {
        var exercise = question.Exercise!;
        var python = runner.NewestIn(false, question.Python);
        var result = await runner.RunAsync(run.Code, exercise.Tests.Select(t => new TestInput(t.Name, t.Code.Code)).ToList(), python, cancellationToken);
        var verdicts = HiddenTestGrader.Grade(exercise.Tests, result);
        (run.Passed, run.Total) = (verdicts.Count(v => v.Passed), verdicts.Count);
        run.Outcomes = string.Join('\n', verdicts.Select(v => v.Test.Name + "\t" + Outcome(v)));
    }

    /// <summary>
    /// One of the candidate's counted runs of an exercise's tests, on its saved code; null when none is left. A busy
    /// sandbox's exception is passed on after the run is given back (it does not count).
    /// </summary>
    public static async Task<AttemptRunRecord?> CountedRunAsync(VivaDb db, CodeRunner runner, AssessmentRecord assessment, AttemptRecord attempt, Question question, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var code = await CodeAsync(db, attempt.Id, question, cancellationToken);
        if (await AttemptStore.TakeRunAsync(db, attempt.Id, question.Id, code, assessment.RunsPerExercise, now, cancellationToken) is not { } run)
            return null;
        try
        {
            await RunTestsAsync(runner, question, run, cancellationToken);
        }
        catch (Exception e) when (e is SandboxBusyException or SandboxUnavailableException)
        {
            await AttemptStore.ReturnRunAsync(db, run, CancellationToken.None);
            throw;
        }
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    /// <summary>An exercise's code in an attempt: the saved answer, else the starter the candidate was shown.</summary>
    public static async Task<string> CodeAsync(VivaDb db, string attemptId, Question question, CancellationToken cancellationToken)
    {
        var key = new AssessmentItem(AssessmentItemKind.Exercise, question.Id).Key;
        return await db.AttemptAnswers.AsNoTracking().Where(a => a.AttemptId == attemptId && a.ItemKey == key).Select(a => a.Text).FirstOrDefaultAsync(cancellationToken)
            ?? question.Exercise!.Starter.Code;
    }

    /// <summary>Each test's name and outcome from a run's stored form.</summary>
    public static IReadOnlyList<(string Test, string Outcome)> Outcomes(AttemptRunRecord run) =>
        Lists.Lines(run.Outcomes).Select(l => l.Split('\t', 2)).Select(p => (p[0], p.Length > 1 ? p[1] : "")).ToList();

    /// <summary>Whether a stored quiz answer is right; null when unanswered.</summary>
    public static bool? Grade(QuizItem item, string? answer)
    {
        if (string.IsNullOrEmpty(answer))
            return null;
        return item switch
        {
            ChoiceItem choice => ChoiceGrader.IsCorrect(choice, answer.Split(',', StringSplitOptions.RemoveEmptyEntries)),
            PredictItem predict => PredictGrader.IsCorrect(predict, answer),
            _ => null,
        };
    }

    /// <summary>
    /// Submits the attempt once and, in the same transaction, puts its written answers on a scorecard for
    /// the interviewer who made the assessment (an interview of its own, pre-ticked by the matcher on first view).
    /// </summary>
    public static async Task<bool> SubmitAsync(VivaDb db, AssessmentRecord assessment, AttemptRecord attempt, BankCatalog bank, string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await AttemptStore.SubmitAsync(db, attempt.Id, by, at, cancellationToken))
            return false;
        var written = AssessmentAccess.Items(assessment).Where(i => i.Kind == AssessmentItemKind.Written)
            .Select(i => bank.Find(i.QuestionId)).OfType<Question>().ToList();
        if (written.Count > 0)
        {
            var answers = await db.AttemptAnswers.AsNoTracking().Where(a => a.AttemptId == attempt.Id).ToDictionaryAsync(a => a.ItemKey, a => a.Text, cancellationToken);
            var interview = new InterviewRecord
            {
                Id = KitAccess.NewId(), Team = assessment.Team, CandidateName = attempt.CandidateName, CandidateUserId = attempt.CandidateUserId,
                KitName = "Assessment: " + assessment.Title, Level = written[0].Level.ToString().ToLowerInvariant(), Minutes = assessment.Minutes,
                QuestionIds = Lists.Lines(written.Select(q => q.Id)), Panel = assessment.CreatedBy, CreatedBy = assessment.CreatedBy,
                CreatedAt = at.ToUnixTimeMilliseconds(),
            };
            db.Interviews.Add(interview);
            foreach (var question in written)
            {
                var text = answers.GetValueOrDefault(new AssessmentItem(AssessmentItemKind.Written, question.Id).Key);
                db.ScoreEntries.Add(new ScoreEntryRecord
                {
                    InterviewId = interview.Id, InterviewerId = assessment.CreatedBy, QuestionId = question.Id,
                    Answer = string.IsNullOrWhiteSpace(text) ? "" : text, UpdatedAt = at.ToUnixTimeMilliseconds(),
                });
            }
            await db.SaveChangesAsync(cancellationToken);
            await db.Attempts.Where(a => a.Id == attempt.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.InterviewId, interview.Id), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The clock's submission: an attempt whose time and grace are over is submitted as it stands, stamped with its deadline.</summary>
    public static async Task<bool> FinishIfOverAsync(VivaDb db, AssessmentRecord assessment, AttemptRecord attempt, BankCatalog bank, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (attempt.SubmittedAt is not null || attempt.StartedAt is not { } started
            || AttemptClock.Open(DateTimeOffset.FromUnixTimeMilliseconds(started), assessment.Minutes, attempt.ExtraTimePercent, now))
            return false;
        var deadline = AssessmentAccess.Deadline(assessment, attempt)!.Value;
        var submitted = await SubmitAsync(db, assessment, attempt, bank, ByTime, deadline, cancellationToken);
        // Read back either way: another request may have submitted it first.
        var stored = await db.Attempts.AsNoTracking().FirstAsync(a => a.Id == attempt.Id, cancellationToken);
        (attempt.SubmittedAt, attempt.SubmittedBy, attempt.InterviewId) = (stored.SubmittedAt, stored.SubmittedBy, stored.InterviewId);
        return submitted;
    }

    /// <summary>
    /// After submission, runs each exercise's tests once more on the final code when it differs from the last
    /// run (the candidate may have edited after running, or never run): the final code is what is graded.
    /// Such a run is stamped with the submission time and does not count against the runs allowed. A busy
    /// sandbox leaves it for the next view of the report, which calls this again.
    /// </summary>
    public static async Task GradeFinalCodeAsync(VivaDb db, CodeRunner runner, AssessmentRecord assessment, AttemptRecord attempt, BankCatalog bank, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await db.Attempts.AsNoTracking().FirstAsync(a => a.Id == attempt.Id, cancellationToken);
        if (stored.SubmittedAt is not { } submittedAt)
            return;
        foreach (var item in AssessmentAccess.Items(assessment).Where(i => i.Kind == AssessmentItemKind.Exercise))
        {
            if (bank.Find(item.QuestionId) is not { Exercise: not null } question)
                continue;
            var code = await CodeAsync(db, attempt.Id, question, cancellationToken);
            var last = await db.AttemptRuns.AsNoTracking().Where(r => r.AttemptId == attempt.Id && r.QuestionId == question.Id)
                .OrderByDescending(r => r.RanAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
            if (last is not null && last.Code == code)
                continue;
            try
            {
                var run = new AttemptRunRecord { AttemptId = attempt.Id, QuestionId = question.Id, Code = code, Outcomes = "", RanAt = submittedAt, Final = true };
                await RunTestsAsync(runner, question, run, cancellationToken);
                db.AttemptRuns.Add(run);
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (Exception e) when (e is SandboxBusyException or SandboxUnavailableException)
            {
                return;
            }
        }
    }
}
