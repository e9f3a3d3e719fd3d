using Microsoft.Data.Sqlite;

namespace Viva.Cli.Tests.Practice;

/// <summary>The key-point checklist after the reveal: the matcher pre-ticks, the learner confirms or changes, the confirmed ticks count.</summary>
public sealed partial class PracticeCommandTests
{
    // The matcher ticks key points 1 and 3 of context-managers for this answer (weights 3 and 3 of 13: 46%).
    private const string ExitAnswer = "The exit method always runs once enter has succeeded, whether the block finished normally or raised.\n"
        + "A truthy return from the exit method swallows the exception.";

    private string[] ContextManagers => ["practice", "--db", DbPath, "--topic", "context-managers", "--new", "1"];

    /// <summary>One context-managers card: the answer (or just Enter), skip the quiz, reveal, the checklist lines, confirm, take the suggested rating.</summary>
    private static string Checklist(string answer, params string[] lines) =>
        (answer.Length == 0 ? "\n" : answer + "\n\n") + "ss\n\n" + string.Concat(lines.Select(l => l + "\n")) + "\n\n";

    /// <summary>The one written answer stored: answer, matcher ticks, matcher score, confirmed ticks, score, source.</summary>
    private object?[] WrittenAnswer()
    {
        using var connection = new SqliteConnection($"Data Source={DbPath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select Answer, MatcherTicks, MatcherScore, ConfirmedTicks, Score, Source from written_answers";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), "no written answer stored");
        var row = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray();
        Assert.False(reader.Read(), "more than one written answer stored");
        return row;
    }

    [Theory]
    [InlineData("", "101000", 46L, 2L)] // the matcher's ticks kept: Hard
    [InlineData("3", "100000", 23L, 1L)] // a point the matcher ticked, unticked: Again
    [InlineData("2 6", "111001", 77L, 3L)] // two points the matcher missed, ticked: Good
    public async Task The_confirmed_checklist_not_the_matchers_ticks_drives_the_suggested_rating(string toggles, string confirmed, long score, long rating)
    {
        var input = toggles.Length == 0 ? Checklist(ExitAnswer) : Checklist(ExitAnswer, toggles);

        var output = await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, input, new Dictionary<string, string>(), ContextManagers);

        Assert.Equal(0, output.ExitCode);
        Assert.Contains("the matcher's hint: 46%", output.Stdout, StringComparison.Ordinal);
        Assert.Contains($"Your checklist: {score}%", output.Stdout, StringComparison.Ordinal);
        Assert.Equal(rating, Scalar("select Rating from reviews"));
        Assert.Equal([ExitAnswer, "101000", 46L, confirmed, score, "practice"], WrittenAnswer());
    }

    [Fact]
    public async Task The_supporting_sentence_of_each_matcher_tick_is_shown_under_its_point()
    {
        var output = await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, Checklist(ExitAnswer), new Dictionary<string, string>(), ContextManagers);

        Assert.Equal(0, output.ExitCode);
        Assert.Contains("\"The exit method always runs", output.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"A truthy return from the exit", output.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_only_thought_through_starts_unticked_and_is_stored_without_text_or_matcher_ticks()
    {
        var output = await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, Checklist("", "1 3"), new Dictionary<string, string>(), ContextManagers);

        Assert.Equal(0, output.ExitCode);
        Assert.DoesNotContain("matcher's hint", output.Stdout, StringComparison.Ordinal);
        // Drawn all unticked, then drawn again after the change.
        Assert.Contains("Your checklist: 0%", output.Stdout, StringComparison.Ordinal);
        Assert.Contains("Your checklist: 46%", output.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, Scalar("select Rating from reviews"));
        Assert.Equal([null, null, null, "101000", 46L, "practice"], WrittenAnswer());
    }

    [Fact]
    public async Task Bad_checklist_input_is_refused_in_one_line_and_changes_nothing()
    {
        // "2 y" is refused whole, so 2 is toggled only by "2 2" (once: a repeat is not a second toggle).
        var output = await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, Checklist("", "7", "x", "0", "2 y", "2 2"), new Dictionary<string, string>(), ContextManagers);

        Assert.Equal(0, output.ExitCode);
        Assert.Contains("There is no key point 7: they are numbered 1 to 6.", output.Stdout, StringComparison.Ordinal);
        Assert.Contains("There is no key point 0: they are numbered 1 to 6.", output.Stdout, StringComparison.Ordinal);
        Assert.Contains("'x' is not a key point number", output.Stdout, StringComparison.Ordinal);
        Assert.Contains("'y' is not a key point number", output.Stdout, StringComparison.Ordinal);
        Assert.Equal("010000", WrittenAnswer()[3]);
        Assert.Equal(1, Scalar("select Rating from reviews"));
    }

    [Fact]
    public async Task A_ticks_every_point_and_n_none()
    {
        var output = await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, Checklist(ExitAnswer, "a", "n", "a", "2"), new Dictionary<string, string>(), ContextManagers);

        Assert.Equal(0, output.ExitCode);
        Assert.Contains("Your checklist: 100%", output.Stdout, StringComparison.Ordinal);
        Assert.Contains("Your checklist: 0%", output.Stdout, StringComparison.Ordinal);
        Assert.Equal([ExitAnswer, "101000", 46L, "101111", 85L, "practice"], WrittenAnswer());
        Assert.Equal(3, Scalar("select Rating from reviews"));
    }

    [Fact]
    public async Task Input_ending_at_the_checklist_ends_the_session_with_nothing_stored_for_that_card()
    {
        var output = await VivaProcess.RunAsync(VivaProcess.RepositoryRoot, Card(3) + "\nss\n\n1\n", new Dictionary<string, string>(), Args("--new", "2"));

        Assert.Equal(0, output.ExitCode);
        Assert.Contains("1 review(s) saved.", output.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, Scalar("select count(*) from reviews"));
        Assert.Equal(1, Scalar("select count(*) from written_answers"));
    }

    [Fact]
    public async Task Ctrl_c_at_the_checklist_keeps_the_rated_cards_and_stores_nothing_of_the_unrated_one()
    {
        // One card rated; the learner stops at the second card's checklist, before confirming it.
        var drawn = 0;
        var output = await InterruptAsync(Card(3) + "\nss\n\n", line => line.StartsWith("Your checklist", StringComparison.Ordinal) && ++drawn == 2, Args("--new", "3"));

        Assert.Equal(130, output.ExitCode);
        Assert.Contains("interrupted: 1 review(s) saved, nothing lost", output.Stdout, StringComparison.Ordinal);
        Assert.Equal("", output.Stderr);
        Assert.Equal(1, Scalar("select count(*) from reviews"));
        Assert.Equal(1, Scalar("select count(*) from written_answers"));
    }
}
