using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Viva.Core.Scheduling;

namespace Viva.Cli.Fsrs;

/// <summary>Renders a replay as a table for people or as a JSON array for machines.</summary>
internal static class ReplayOutput
{
    public static void WriteJson(IReadOnlyList<ReplayStep> steps, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var step in steps)
            {
                json.WriteStartObject();
                json.WriteString("at", Iso(step.Review.At));
                json.WriteNumber("rating", (int)step.Review.Rating);
                json.WriteNumber("retrievability", step.Retrievability);
                json.WriteNumber("stability", step.Card.Stability);
                json.WriteNumber("difficulty", step.Card.Difficulty);
                json.WriteString("state", StateName(step.Card.State));
                json.WriteNumber("scheduledDays", step.Card.ScheduledDays);
                json.WriteString("due", Iso(step.Card.Due));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static void WriteTable(IReadOnlyList<ReplayStep> steps, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = output == Console.Out ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = output == Console.Out ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (output != Console.Out || Console.IsOutputRedirected)
        {
            // Redirected output has no terminal width; keep rows unwrapped for files and pipes.
            console.Profile.Width = 120;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumn("Reviewed (UTC)")
            .AddColumn("Rating")
            .AddColumn(new TableColumn("Recall before").RightAligned())
            .AddColumn("State")
            .AddColumn(new TableColumn("Stability").RightAligned())
            .AddColumn(new TableColumn("Difficulty").RightAligned())
            .AddColumn(new TableColumn("Interval").RightAligned())
            .AddColumn("Due (UTC)");
        for (var i = 0; i < steps.Count; i++)
        {
            var (review, retrievability, card) = steps[i];
            table.AddRow(
                (i + 1).ToString(CultureInfo.InvariantCulture),
                Short(review.At),
                $"{(int)review.Rating} {review.Rating}",
                i == 0 ? "-" : retrievability.ToString("P1", CultureInfo.InvariantCulture),
                StateName(card.State),
                card.Stability.ToString("0.0000", CultureInfo.InvariantCulture),
                card.Difficulty.ToString("0.0000", CultureInfo.InvariantCulture),
                Interval(card, review.At),
                Short(card.Due));
        }
        console.Write(table);
        var last = steps[^1].Card;
        console.WriteLine($"Next due {Short(last.Due)} UTC ({Interval(last, steps[^1].Review.At)} after the last review).");
    }

    public static string StateName(CardPhase phase) => phase switch
    {
        CardPhase.New => "new",
        CardPhase.Learning => "learning",
        CardPhase.Review => "review",
        _ => "relearning",
    };

    private static string Interval(CardState card, DateTimeOffset reviewed)
    {
        if (card.ScheduledDays > 0)
        {
            return card.ScheduledDays == 1 ? "1 day" : $"{card.ScheduledDays} days";
        }
        var minutes = (int)Math.Round((card.Due - reviewed).TotalMinutes);
        return minutes < 60 ? $"{minutes} min" : $"{minutes / 60.0:0.#} h";
    }

    private static string Iso(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static string Short(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
