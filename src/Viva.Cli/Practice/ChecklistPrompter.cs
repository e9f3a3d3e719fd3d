using System.Globalization;
using System.Text;
using Spectre.Console;
using Viva.Core.Bank;
using Viva.Core.Grading;

namespace Viva.Cli.Practice;

/// <summary>
/// The key points as a checklist after the reveal. The matcher only hints: a point starts ticked where it
/// found it (all start unticked when the learner only thought the answer through), under it the sentence
/// it read it in with the matched words highlighted. The learner toggles points by number until Enter
/// alone confirms; the confirmed ticks, not the matcher's, are the result.
/// </summary>
internal sealed class ChecklistPrompter(LearnerInput input)
{
    /// <summary>The confirmed ticks, one per key point in file order; null when input ended.</summary>
    public async Task<bool[]?> ConfirmAsync(IReadOnlyList<KeyPoint> points, RubricResult? matcher, CancellationToken ct)
    {
        var ticks = matcher is null ? new bool[points.Count] : KeyPointChecklist.Ticks(matcher);
        AnsiConsole.MarkupLine(matcher is null
            ? "[bold]Key points[/]: tick the ones you covered in your head."
            : "[bold]Key points[/]: ticked where the matcher found them in your answer. It only hints; you decide.");
        Draw(points, matcher, ticks);
        while (true)
        {
            AnsiConsole.Markup("Toggle by number [grey](e.g. 2 4; a = all, n = none)[/], or just Enter to confirm: ");
            var line = await input.LineAsync(ct);
            if (line is null)
                return null;
            if (line.Trim().Length == 0)
                return ticks;
            var (next, error) = Toggle(ticks, line);
            if (next is null)
            {
                AnsiConsole.MarkupLine($"[red]{Markup.Escape(error!)}[/]");
                continue;
            }
            ticks = next;
            Draw(points, matcher, ticks);
        }
    }

    /// <summary>
    /// The ticks after one line of input: each number toggles its point once (a repeat is not a second
    /// toggle), <c>a</c> ticks all and <c>n</c> none. A line with any bad token changes nothing and gives
    /// the one-line reason instead.
    /// </summary>
    private static (bool[]? Ticks, string? Error) Toggle(bool[] ticks, string line)
    {
        var text = line.Trim();
        if (text is "a" or "A")
            return (ticks.Select(_ => true).ToArray(), null);
        if (text is "n" or "N")
            return (new bool[ticks.Length], null);
        var next = (bool[])ticks.Clone();
        var toggled = new HashSet<int>();
        foreach (var token in text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
                return (null, $"'{token}' is not a key point number; type e.g. 2 4, a (all), n (none) or just Enter.");
            if (n < 1 || n > ticks.Length)
                return (null, $"There is no key point {n}: they are numbered 1 to {ticks.Length}.");
            if (toggled.Add(n))
                next[n - 1] = !next[n - 1];
        }
        return (next, null);
    }

    private static void Draw(IReadOnlyList<KeyPoint> points, RubricResult? matcher, bool[] ticks)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn("#").AddColumn("you");
        if (matcher is not null)
            table.AddColumn("matcher");
        table.AddColumn("w").AddColumn("key point");
        for (var i = 0; i < points.Count; i++)
        {
            var cells = new List<string> { (i + 1).ToString(CultureInfo.InvariantCulture), ticks[i] ? "[green][[x]][/]" : "[[ ]]" };
            var point = TerminalMarkdown.Inline(points[i].Text);
            if (matcher is not null)
            {
                var coverage = matcher.Points[i];
                cells.Add(coverage.Covered ? "[green]✓[/]" : "");
                // The support is shown for the matcher's ticks only: it is what the learner checks before keeping one.
                if (coverage is { Covered: true, Evidence: not null })
                    point += "\n[grey]\"" + Highlighted(coverage) + "\"[/]";
            }
            cells.Add(points[i].Weight.ToString(CultureInfo.InvariantCulture));
            cells.Add(point);
            table.AddRow(cells.ToArray());
        }
        AnsiConsole.Write(table);
        var confirmed = KeyPointChecklist.Score(points, ticks);
        AnsiConsole.MarkupLine(matcher is null
            ? $"Your checklist: [bold]{confirmed}%[/] of the key points' weight"
            : $"Your checklist: [bold]{confirmed}%[/] of the key points' weight   [grey](the matcher's hint: {matcher.Score}%)[/]");
    }

    /// <summary>The supporting sentence as markup, the words the matcher matched marked as with a highlighter pen.</summary>
    private static string Highlighted(KeyPointCoverage coverage)
    {
        // Two supporting sentences may sit on two lines of the answer; one line reads better under the point.
        var text = coverage.Evidence!.Text.Replace('\n', ' ');
        var markup = new StringBuilder();
        var at = 0;
        foreach (var (start, length) in KeyPointMatcher.MatchedSpans(coverage))
        {
            markup.Append(Markup.Escape(text[at..start]))
                .Append("[black on yellow]").Append(Markup.Escape(text.Substring(start, length))).Append("[/]");
            at = start + length;
        }
        return markup.Append(Markup.Escape(text[at..])).ToString();
    }
}
