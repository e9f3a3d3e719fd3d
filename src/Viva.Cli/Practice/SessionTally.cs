using System.Globalization;
using Spectre.Console;
using Viva.Core.Scheduling;

namespace Viva.Cli.Practice;

/// <summary>What a practice session has saved so far: the closing summary is drawn from it, on a normal end and on Ctrl-C alike.</summary>
internal sealed class SessionTally
{
    private readonly Dictionary<Rating, int> _ratings = Ratings.All.ToDictionary(r => r, _ => 0);

    public int Reviews { get; private set; }
    public int QuizRight { get; private set; }
    public int QuizWrong { get; private set; }
    public int QuizSkipped { get; private set; }

    public void Rated(Rating rating)
    {
        _ratings[rating]++;
        Reviews++;
    }

    public void Answered(bool right)
    {
        if (right)
            QuizRight++;
        else
            QuizWrong++;
    }

    public void Skipped(int items) => QuizSkipped += items;

    /// <summary>The closing summary; <paramref name="nextDue"/> is the soonest due card of the session's questions, if any.</summary>
    public void Print(bool interrupted, DateTimeOffset? nextDue, DateTimeOffset now)
    {
        AnsiConsole.WriteLine();
        AnsiConsole.Write(new Rule(interrupted ? "[yellow]Session interrupted[/]" : "[bold]Session over[/]").LeftJustified());
        AnsiConsole.MarkupLine(interrupted
            ? $"[yellow]interrupted: {Reviews} review(s) saved, nothing lost[/]"
            : $"[green]{Reviews} review(s) saved.[/]");
        AnsiConsole.MarkupLine($"Cards reviewed: [bold]{Reviews}[/]   " + string.Join("   ", Ratings.All.Select(r => $"{r} {_ratings[r]}")));
        AnsiConsole.MarkupLine($"Quiz items: [green]{QuizRight} right[/], [red]{QuizWrong} wrong[/]{(QuizSkipped > 0 ? $", {QuizSkipped} skipped" : "")}");
        AnsiConsole.MarkupLine(nextDue switch
        {
            null => "Next card due: none scheduled yet; start with [bold]viva practice --new N[/].",
            { } due when due <= now => "Next card due: [bold]now[/] (run [bold]viva practice[/] again).",
            { } due => $"Next card due: in [bold]{IntervalText.Format(due - now)}[/] ({due.UtcDateTime.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC).",
        });
    }
}
