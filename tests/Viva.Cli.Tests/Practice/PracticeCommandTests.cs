using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Viva.Core.Bank;

namespace Viva.Cli.Tests.Practice;

/// <summary>Drives `viva practice` as a user would, through its standard input, against a real SQLite file.</summary>
public sealed partial class PracticeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-practice-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string DbPath => Path.Combine(_dir, "viva.db");

    private string[] Args(params string[] extra) => ["practice", "--db", DbPath, "--area", "language", .. extra];

    /// <summary>Input for one card: just think (Enter), skip the quiz (ss), reveal (Enter), confirm the checklist (Enter), rate.</summary>
    private static string Card(int rating) => $"\nss\n\n\n{rating}\n";

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Rating_new_cards_saves_reviews_and_they_are_no_longer_due()
    {
        var first = await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, Card(3) + Card(4), new Dictionary<string, string>(), Args("--new", "2"));

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("2 review(s) saved", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, Scalar("select count(*) from reviews"));
        Assert.Equal(2, Scalar("select count(*) from cards"));

        var second = await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, "", new Dictionary<string, string>(), Args("--due"));

        Assert.Contains("Nothing is due", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typed_answer_is_graded_against_the_rubric_and_quiz_items_in_place()
    {
        var input = "__exit__ always runs once __enter__ has succeeded, even when the block raised\n\n" + "True True\nFalse\n\n" + "ss\n\n" + "\n" + "\n";

        var output = await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, input, new Dictionary<string, string>(), Args("--topic", "context-managers", "--new", "1"));

        Assert.Equal(0, output.ExitCode);
        Assert.Contains("Correct.", output.Stdout, StringComparison.Ordinal);
        Assert.Contains("the matcher's hint:", output.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"__exit__", output.Stdout, StringComparison.Ordinal); // the supporting sentence, quoted
        Assert.Equal(1, Scalar("select count(*) from quiz_answers where correct = 1"));
        Assert.Equal(1, Scalar("select count(*) from reviews"));
    }

    [Fact]
    public async Task Choice_options_come_in_the_databases_learner_order_every_session_and_the_option_picked_is_graded()
    {
        var question = QuestionBank.Load([Path.Combine(VivaProcess.RepositoryRoot, "content", "python")]).Questions.Single(q => q.Id == "context-managers");
        var index = question.Quiz.ToList().FindIndex(i => i is ChoiceItem);
        var item = (ChoiceItem)question.Quiz[index];
        // Just think, skip the items before the choice item (one Enter each), then (first run) stop there.
        var upToChoice = "\n" + string.Concat(Enumerable.Repeat("s\n", index));
        string[] args = ["practice", "--db", DbPath, "--topic", "context-managers", "--new", "1"];

        var first = await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, upToChoice, new Dictionary<string, string>(), args);
        var shown = Shown(first.Stdout, item);
        var learner = ScalarText("select Value from settings where Name = 'learner-id'");
        var correct = shown.FindIndex(o => o.Correct) + 1;
        var second = await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, upToChoice + $"{correct}\nss\n\n\n\n", new Dictionary<string, string>(), args);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(new OptionOrder(learner).Arrange(item).Select(o => o.Id), shown.Select(o => o.Id));
        Assert.Equal(shown, Shown(second.Stdout, item));
        Assert.Contains("Correct.", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(item.Options.Single(o => o.Correct).Id, ScalarText($"select Answer from quiz_answers where ItemIndex = {index} and correct = 1"));
    }

    /// <summary>
    /// The options as numbered on screen ("  2) text", possibly wrapped), matched to the item's options by
    /// their text as rendered: inline code shows without its backticks.
    /// </summary>
    private static List<ChoiceOption> Shown(string stdout, ChoiceItem item)
    {
        var title = Rendered(item.Title);
        return OptionLine().Matches(stdout[stdout.IndexOf(title[..Math.Min(20, title.Length)], StringComparison.Ordinal)..]).Take(item.Options.Count)
            .Select(m => item.Options.Single(o => Rendered(o.Text).StartsWith(m.Groups[1].Value.TrimEnd(), StringComparison.Ordinal)))
            .ToList();
    }

    private static string Rendered(string markdown) => markdown.Replace("`", "", StringComparison.Ordinal);

    [GeneratedRegex(@"^  \d+\) (.+)$", RegexOptions.Multiline)]
    private static partial Regex OptionLine();

    [Fact]
    public async Task The_session_ends_with_a_summary_of_cards_ratings_quiz_results_and_the_next_due_card()
    {
        // Card one: a wrong prediction, the rest skipped, rated Again. Card two: quiz skipped, rated Good.
        var input = "\nnot the output\n\nss\n\n\n1\n" + Card(3);

        var output = await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, input, new Dictionary<string, string>(), Args("--new", "2"));

        Assert.Equal(0, output.ExitCode);
        Assert.Contains("2 review(s) saved.", output.Stdout, StringComparison.Ordinal);
        Assert.Contains("Cards reviewed: 2   Again 1   Hard 0   Good 1   Easy 0", output.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"Quiz items: 0 right, 1 wrong, \d+ skipped", output.Stdout);
        // Again puts the first card back a minute later: it is the next one due.
        Assert.Matches(@"Next card due: in 1m \(\w{3} \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\)", output.Stdout);
    }

    [Fact]
    public async Task A_rating_typed_before_the_reveal_is_refused_and_the_card_is_rated_after_it()
    {
        // Think, skip the quiz, type 4 before the reveal (refused), reveal, confirm the checklist, rate 1.
        var output = await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, "\nss\n4\n\n\n1\n", new Dictionary<string, string>(), Args("--new", "1"));

        Assert.Equal(0, output.ExitCode);
        Assert.Contains("Not rated: reveal the answer first", output.Stdout, StringComparison.Ordinal);
        Assert.True(output.Stdout.IndexOf("Not rated", StringComparison.Ordinal) < output.Stdout.IndexOf("Model answer", StringComparison.Ordinal));
        Assert.Equal(1, Scalar("select Rating from reviews"));
    }

    [Fact]
    public async Task Bank_markdown_is_rendered_and_the_header_names_the_area_and_topic_by_their_titles()
    {
        var output = await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, Card(3), new Dictionary<string, string>(), Args("--topic", "context-managers", "--new", "1"));

        Assert.Equal(0, output.ExitCode);
        Assert.Contains("Language & data model › Context managers and the with statement", output.Stdout, StringComparison.Ordinal);
        Assert.Contains("What does a with statement do", output.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("**", output.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("`with`", output.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctrl_c_says_what_was_saved_and_exits_130_keeping_every_completed_review()
    {
        // One card rated, then the learner stops while the second card waits for an answer.
        var output = await InterruptAsync(Card(3), line => line.Contains("Saved Good", StringComparison.Ordinal), Args("--new", "3"));

        Assert.Equal(130, output.ExitCode);
        Assert.Contains("interrupted: 1 review(s) saved, nothing lost", output.Stdout, StringComparison.Ordinal);
        Assert.Contains("Cards reviewed: 1   Again 0   Hard 0   Good 1   Easy 0", output.Stdout, StringComparison.Ordinal);
        Assert.Equal("", output.Stderr);
        Assert.Equal(1, Scalar("select count(*) from reviews"));
    }

    /// <summary>
    /// Runs viva with <paramref name="input"/> and keeps its input open, as a learner at the keyboard does;
    /// sends SIGINT (Ctrl-C) once a line it prints satisfies <paramref name="stopAt"/>, and waits for it to end.
    /// </summary>
    private static async Task<VivaProcess.Output> InterruptAsync(string input, Func<string, bool> stopAt, string[] args)
    {
        using var process = Process.Start(VivaProcess.StartInfo(VivaProcess.RepositoryRoot, new Dictionary<string, string>(), args))!;
        var stdout = new System.Text.StringBuilder();
        var reached = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            lock (stdout)
                stdout.AppendLine(e.Data);
            if (e.Data is { } line && stopAt(line))
                reached.TrySetResult();
        };
        process.BeginOutputReadLine();
        var stderr = process.StandardError.ReadToEndAsync();

        await process.StandardInput.WriteAsync(input);
        await process.StandardInput.FlushAsync();
        await reached.Task.WaitAsync(TimeSpan.FromSeconds(60));
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var errors = await stderr;
        lock (stdout)
            return new VivaProcess.Output(process.ExitCode, stdout.ToString(), errors);
    }

    [Fact]
    public async Task Stats_name_areas_and_topics_by_their_titles_not_their_ids()
    {
        await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, Card(3), new Dictionary<string, string>(), "practice", "--db", DbPath, "--topic", "gil", "--new", "1");

        var stats = await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, "", new Dictionary<string, string>(), "stats", "--db", DbPath);

        Assert.Equal(0, stats.ExitCode);
        Assert.Contains("Concurrency & async", stats.Stdout, StringComparison.Ordinal);
        Assert.Contains("The GIL and free-threading", stats.Stdout, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"│ (concurrency|language|stdlib) ", stats.Stdout);
        Assert.DoesNotMatch(@"│ +gil ", stats.Stdout);
    }

    [Fact]
    public async Task A_bad_level_fails_with_one_line()
    {
        var output = await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, "", new Dictionary<string, string>(), Args("--level", "guru"));

        Assert.Equal(1, output.ExitCode);
        Assert.Equal("viva: --level: 'guru' is not mid, senior or staff\n", output.Stderr);
    }

    [Fact]
    public async Task A_corrupt_database_gives_one_line_and_is_left_untouched()
    {
        var garbage = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("not sqlite ", 500)));
        await File.WriteAllBytesAsync(DbPath, garbage);

        var output = await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, Card(3), new Dictionary<string, string>(), Args());

        Assert.Equal(1, output.ExitCode);
        Assert.StartsWith($"viva: cannot use the database {DbPath}: ", output.Stderr, StringComparison.Ordinal);
        Assert.Contains("not a database", output.Stderr, StringComparison.Ordinal);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(DbPath));
    }

    [Fact]
    public async Task Killing_practice_while_it_writes_a_review_keeps_every_completed_review()
    {
        var environment = new Dictionary<string, string> { ["VIVA_TEST_PAUSE_IN_WRITE_MS"] = "4000" };
        using var process = Process.Start(VivaProcess.StartInfo(VivaProcess.RepositoryRoot, environment, Args("--new", "3")))!;
        var pauses = 0;
        var secondWriteStarted = new TaskCompletionSource();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("paused inside the review transaction", StringComparison.Ordinal) == true && Interlocked.Increment(ref pauses) == 2)
                secondWriteStarted.TrySetResult();
        };
        process.BeginErrorReadLine();
        var stdout = process.StandardOutput.ReadToEndAsync();

        // The first review commits after its pause; the second is killed inside its transaction.
        await process.StandardInput.WriteAsync(Card(3) + Card(2));
        await process.StandardInput.FlushAsync();
        await secondWriteStarted.Task.WaitAsync(TimeSpan.FromSeconds(60));
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        Assert.Contains("Saved Good", await stdout, StringComparison.Ordinal);
        Assert.Equal("ok", ScalarText("pragma integrity_check"));
        Assert.Equal(1, Scalar("select count(*) from reviews"));
        Assert.Equal(1, Scalar("select count(*) from cards"));
        Assert.Equal(1, Scalar("select reps from cards"));
        // The answer and checklist of the killed review went with it: it was in the same transaction.
        Assert.Equal(1, Scalar("select count(*) from written_answers"));
    }

    private string ScalarText(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task Reviews_of_removed_or_edited_questions_are_kept_and_flagged()
    {
        await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, Card(3), new Dictionary<string, string>(), Args("--topic", "context-managers", "--new", "1"));
        // The user once reviewed a question that has since left the bank, and the one they just
        // reviewed was edited after the review (its recorded hash no longer matches) and is due.
        Execute("insert into reviews (UserId, QuestionId, ReviewedAt, Rating, DurationMs, ContentHash, Source) values ('local', 'removed-question', 1700000000000, 3, 1000, 'old', 'practice');" +
                "insert into cards (UserId, QuestionId, State, Stability, Difficulty, DueAt, LastReviewAt, Step, Reps, Lapses, ScheduledDays, ContentHash) values ('local', 'removed-question', 2, 3, 5, 1700000000000, 1700000000000, 0, 1, 0, 3, 'old');" +
                "update cards set ContentHash = 'edited', DueAt = 0 where QuestionId = 'context-managers';");

        var practice = await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, Card(3), new Dictionary<string, string>(), Args("--due"));
        var stats = await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, "", new Dictionary<string, string>(), "stats", "--db", DbPath);

        Assert.Equal(0, practice.ExitCode);
        Assert.Contains("This question changed since your last review", practice.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 due, 0 new", practice.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, stats.ExitCode);
        Assert.Contains("no longer in the bank", stats.Stdout, StringComparison.Ordinal);
        Assert.Equal(3, Scalar("select count(*) from reviews"));
        Assert.Equal(1, Scalar("select count(*) from reviews where QuestionId = 'removed-question'"));
    }

    [Fact]
    public async Task Two_practice_processes_on_one_database_file_both_save_every_review()
    {
        var env = new Dictionary<string, string>();
        string[] Area(string area) => ["practice", "--db", DbPath, "--area", area, "--new", "4"];
        var input = string.Concat(Enumerable.Repeat(Card(3), 4));

        var results = await Task.WhenAll(
            VivaProcess.RunAsync(VivaProcess.RepositoryRoot, input, env, Area("language")),
            VivaProcess.RunAsync(VivaProcess.RepositoryRoot, input, env, Area("stdlib")));

        Assert.All(results, r => Assert.Equal(0, r.ExitCode));
        Assert.All(results, r => Assert.DoesNotContain("locked", r.Stderr, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(8, Scalar("select count(*) from reviews"));
        Assert.Equal(8, Scalar("select count(*) from cards"));
    }
}
