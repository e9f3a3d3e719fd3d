using System.CommandLine;
using Viva.Cli.Check;
using Viva.Cli.Shared;
using Viva.Core.Bank;
using Viva.Core.Interchange;

namespace Viva.Cli.Interchange;

/// <summary>
/// <c>viva export --format gift|moodle-xml|anki-text|anki-apkg [--topic ...] OUT</c>: writes the bank's questions in the format and
/// reports what it cannot hold; <c>--format exercism --exercise ID --solution FILE.py OUT</c> writes one graded run as results.json.
/// </summary>
internal static class ExportCommand
{
    private static readonly string[] Formats = [.. InterchangeExport.Formats, "exercism"];

    public static Command Create()
    {
        var output = new Argument<string>("out") { Description = "The file to write." };
        var format = new Option<string>("--format") { Required = true, Description = "The format: gift, moodle-xml (with CodeRunner exercises), anki-text (Anki's tab-separated text with # headers), anki-apkg (an Anki deck package) or exercism (one run's results.json)." };
        var topics = new Option<string[]>("--topic") { HelpName = "topic", Description = "Only questions of this topic or area (repeatable)." };
        var bank = CommonOptions.Bank();
        var exercise = new Option<string?>("--exercise") { HelpName = "id", Description = "exercism: the question whose exercise is run." };
        var solution = new Option<string?>("--solution") { HelpName = "file.py", Description = "exercism: the solution run against its hidden tests." };
        var command = new Command("export", "Export the bank's questions to an interchange format.") { output, format, topics, bank, exercise, solution };
        command.SetAction(async (parse, ct) =>
        {
            var chosen = parse.GetValue(format)!;
            if (!Formats.Contains(chosen))
                return CliError.Fail($"--format {chosen}: the formats are {string.Join(", ", Formats)}", 2);
            var loaded = QuestionBank.Load(BankLocation.OrDefault(parse.GetValue(bank)));
            if (loaded.Problems.Count > 0)
                return CliError.Fail($"the bank has problems ({loaded.Problems[0]}); `viva check` lists them all");
            if (chosen == "exercism")
                return await ExercismExport.RunAsync(loaded.Questions, parse.GetValue(exercise), parse.GetValue(solution), parse.GetValue(output)!, ct);
            var wanted = parse.GetValue(topics) ?? [];
            var questions = loaded.Questions.Where(q => wanted.Length == 0 || wanted.Contains(q.Topic) || wanted.Contains(q.Area)).ToList();
            if (questions.Count == 0)
                return CliError.Fail($"no question has topic or area {string.Join(", ", wanted)}");
            var path = parse.GetValue(output)!;
            var export = InterchangeExport.Export(chosen, questions, DateTimeOffset.UtcNow);
            await File.WriteAllBytesAsync(path + ".tmp", export.Content, ct);
            File.Move(path + ".tmp", path, overwrite: true);
            foreach (var outcome in export.Outcomes.Where(o => o.Status != ItemStatus.Imported))
                Console.WriteLine($"{outcome.Item}: {export.FormatName} cannot hold {outcome.Detail}");
            Console.WriteLine($"{questions.Count} questions, {export.Written} written to {path}");
            return 0;
        });
        return command;
    }
}
