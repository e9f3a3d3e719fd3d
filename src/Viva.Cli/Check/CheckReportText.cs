using System.Globalization;
using Viva.Core.Checking;

namespace Viva.Cli.Check;

/// <summary>The text form of a check report: problems and notes as <c>file:line: field: message</c>, then a summary.</summary>
internal static class CheckReportText
{
    public static void Print(CheckReport report, bool verbose, bool perVersion)
    {
        foreach (var problem in report.Problems)
            Console.WriteLine(problem.ToString().Replace("\n", "\n    ", StringComparison.Ordinal));
        foreach (var note in report.Notes)
            Console.WriteLine(note);
        if (verbose)
        {
            foreach (var c in report.Catches)
                Console.WriteLine($"{c.File}:{c.Line}: wrong solution '{c.Mistake}' caught on {c.Python} by: {string.Join(", ", c.CaughtBy.Select(t => $"'{t}'"))}");
        }
        if (perVersion)
            PrintVersions(report);
        if (verbose)
        {
            foreach (var slow in report.Proofs.OrderByDescending(p => p.Seconds).Take(10))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{slow.File}:{slow.Line}: {slow.Item} took {slow.Seconds:0.00} s (slowest version)"));
        }
        var caught = report.Catches.Select(c => (c.File, c.Line)).Distinct().Count();
        var where = perVersion ? ", each run on the oldest and newest Python of its range" : "";
        // One interpreter: its version and path, as before; several: versions only, the line stays readable.
        var pythons = report.Pythons.Count == 1 ? report.Pythons[0] : string.Join(", ", report.Pythons.Select(p => p.Split(' ')[0]));
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{report.Files} files, {report.Questions} questions, {report.Examples} examples, {report.QuizItems} quiz items, {report.Exercises} exercises, {report.WrongSolutions} wrong solutions ({caught} caught{where}); {report.Verified} runs verified, {report.Skipped} skipped on Python {pythons}; {report.Seconds:0.00} s");
        Console.WriteLine(report.Passed ? $"ok: {summary}" : $"FAILED: {report.Problems.Count} problem(s); {summary}");
    }

    /// <summary>
    /// The versions proven per item, one line per file: items that share the file's versions are
    /// counted, the others listed with their own.
    /// </summary>
    private static void PrintVersions(CheckReport report)
    {
        var installed = report.Pythons.Select(p => p.Split(' ')[0]).Select(v => string.Join('.', v.Split('.').Take(2))).ToList();
        foreach (var file in report.Proofs.GroupBy(p => p.File))
        {
            var common = file.GroupBy(p => Spans(p.Versions, installed)).MaxBy(g => g.Count())!;
            var others = file.Where(p => Spans(p.Versions, installed) != common.Key).Select(p => $"{p.Item} on {Spans(p.Versions, installed)}");
            Console.WriteLine($"{file.Key}: {common.Count()} item(s) proven on {common.Key}{string.Concat(others.Select(o => "; " + o))}");
        }
    }

    /// <summary>"3.8-3.13" when the versions are consecutive among those installed; "none" when empty.</summary>
    private static string Spans(IReadOnlyList<string> versions, List<string> installed)
    {
        if (versions.Count == 0)
            return "none";
        var spans = new List<string>();
        var run = new List<string>();
        foreach (var v in installed)
        {
            if (versions.Contains(v))
            {
                run.Add(v);
                continue;
            }
            Flush();
        }
        Flush();
        return string.Join(", ", spans);

        void Flush()
        {
            if (run.Count > 0)
                spans.Add(run.Count == 1 ? run[0] : $"{run[0]}-{run[^1]}");
            run.Clear();
        }
    }
}
