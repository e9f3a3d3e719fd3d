using System.CommandLine;
using Viva.Cli.Check;
using Viva.Cli.Shared;
using Viva.Core.Bank;
using Viva.Core.Interchange;
using Viva.Core.Interchange.Gift;
using Viva.Core.Interchange.Moodle;

namespace Viva.Cli.Interchange;

/// <summary><c>viva export --format gift [--topic ...] OUT</c>: writes the bank's questions as GIFT and reports what GIFT cannot hold.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var output = new Argument<string>("out") { Description = "The file to write." };
        var format = new Option<string>("--format") { Required = true, Description = "The format: gift, moodle-xml or exercism (anki is not built yet)." };
        var topics = new Option<string[]>("--topic") { HelpName = "topic", Description = "Only questions of this topic or area (repeatable)." };
        var bank = CommonOptions.Bank();
        var exercise = new Option<string?>("--exercise") { HelpName = "id", Description = "exercism: the question whose exercise is run." };
        var solution = new Option<string?>("--solution") { HelpName = "file.py", Description = "exercism: the solution run against its hidden tests." };
        var command = new Command("export", "Export the bank's questions to an interchange format.") { output, format, topics, bank, exercise, solution };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(format) is not ("gift" or "moodle-xml" or "exercism"))
                return CliError.Fail($"--format {parse.GetValue(format)}: only gift, moodle-xml and exercism are built so far", 2);
            var loaded = QuestionBank.Load(BankLocation.OrDefault(parse.GetValue(bank)));
            if (loaded.Problems.Count > 0)
                return CliError.Fail($"the bank has problems ({loaded.Problems[0]}); `viva check` lists them all");
            if (parse.GetValue(format) == "exercism")
                return await ExercismExport.RunAsync(loaded.Questions, parse.GetValue(exercise), parse.GetValue(solution), parse.GetValue(output)!, ct);
            var wanted = parse.GetValue(topics) ?? [];
            var questions = loaded.Questions.Where(q => wanted.Length == 0 || wanted.Contains(q.Topic) || wanted.Contains(q.Area)).ToList();
            if (questions.Count == 0)
                return CliError.Fail($"no question has topic or area {string.Join(", ", wanted)}");
            var gift = parse.GetValue(format) == "gift" ? GiftExporter.Export(questions) : null;
            var moodle = gift is null ? MoodleXmlExporter.Export(questions) : null;
            var (text, items, outcomes, name) = gift is not null ? (gift.Text, gift.ItemCount, gift.Outcomes, "GIFT") : (moodle!.Xml, moodle.ItemCount, moodle.Outcomes, "Moodle XML");
            var path = parse.GetValue(output)!;
            await File.WriteAllTextAsync(path + ".tmp", text, ct);
            File.Move(path + ".tmp", path, overwrite: true);
            foreach (var outcome in outcomes.Where(o => o.Status != ItemStatus.Imported))
                Console.WriteLine($"{outcome.Item}: {name} cannot hold {outcome.Detail}");
            Console.WriteLine($"{questions.Count} questions, {items} {name} questions written to {path}");
            return 0;
        });
        return command;
    }
}
