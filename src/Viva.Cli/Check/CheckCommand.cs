using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Viva.Core.Bank;
using Viva.Core.Checking;
using Viva.Cli.Shared;
using Viva.Sandbox;

namespace Viva.Cli.Check;

/// <summary><c>viva check [PATH...]</c>: validates the bank and proves every example, item and exercise on CPython.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Arity = ArgumentArity.ZeroOrMore, Description = "Bank directories or question files. Default: the bundled bank." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON instead of text." };
        var python = new Option<string?>("--python") { HelpName = "version", Description = "Check on this CPython version (e.g. 3.12) instead of the default python3." };
        var allVersions = new Option<bool>("--all-versions") { Description = "Check each item on every CPython installed here that its range holds for (PATH and pyenv; wrong solutions on the oldest and newest of them), and list the versions proven per item." };
        var verbose = new Option<bool>("--verbose") { Description = "Also list each wrong solution with the hidden tests that caught it, and the ten slowest items." };
        var stats = new Option<bool>("--stats") { Description = "Print item-writing statistics of the choice items (is the key the longest or shortest option more often than chance?) instead of running anything." };
        var timeout = new Option<double>("--timeout") { HelpName = "seconds", Description = "Seconds each example or exercise may run.", DefaultValueFactory = _ => 10 };
        var command = new Command("check", "Validate question files, then run every example, predict-the-output item and exercise (with its wrong solutions) on CPython.")
        {
            paths, json, python, allVersions, verbose, stats, timeout,
        };
        command.SetAction(async (parse, ct) =>
        {
            var bank = QuestionBank.Load(BankLocation.OrDefault(parse.GetValue(paths)));
            if (parse.GetValue(stats))
                return PrintStats(bank, parse.GetValue(json));
            var version = parse.GetValue(python);
            if (version is not null && parse.GetValue(allVersions))
                return CliError.Fail("give either --python or --all-versions, not both");
            IReadOnlyList<PythonInterpreter> interpreters = parse.GetValue(allVersions)
                ? PythonInterpreter.Installed()
                : PythonInterpreter.Find(version) is { } one ? [one] : [];
            if (interpreters.Count == 0)
                return CliError.Fail(version is null ? "python3 was not found on PATH" : $"Python {version} was not found (looked on PATH and under pyenv)");
            var checker = new BankChecker(interpreters.Select(i => new PythonRunner(i)).ToList(), TimeSpan.FromSeconds(parse.GetValue(timeout)));
            var asJson = parse.GetValue(json);
            CheckReport report;
            if (!asJson && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
            {
                report = await AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
                {
                    var task = context.AddTask("Running examples and exercises");
                    var progress = new Progress<(int Done, int Total)>(p => { task.MaxValue = p.Total; task.Value = p.Done; });
                    return await checker.CheckAsync(bank, progress, ct);
                });
            }
            else
            {
                report = await checker.CheckAsync(bank, null, ct);
            }
            if (asJson)
                RawStdout.WriteLine(JsonSerializer.Serialize(report, CliJson.Options));
            else
                CheckReportText.Print(report, parse.GetValue(verbose), interpreters.Count > 1);
            return report.Passed ? 0 : 1;
        });
        return command;
    }

    private static int PrintStats(QuestionBank bank, bool asJson)
    {
        foreach (var problem in bank.Problems)
            Console.WriteLine(problem);
        var s = ChoiceStats.Of(bank);
        if (asJson)
        {
            Console.WriteLine(JsonSerializer.Serialize(s, CliJson.Options));
        }
        else
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Items} choice items: the longest option is correct in {s.LongestIsCorrect:P1}, the shortest in {s.ShortestIsCorrect:P1} (chance: {s.ByChance:P1}); the first option in the file is correct in {s.FirstIsCorrect:P1} (options are shown shuffled)"));
            // A file that did not parse is left out of the figures, so they prove nothing until it does.
            Console.WriteLine(bank.Problems.Count > 0
                ? $"FAILED: {bank.Problems.Count} problem(s) above; their items are not counted"
                : s.LengthIsNoCue ? "ok: option length is no cue to the key" : "FAILED: the key is the longest or the shortest option more often than chance; rewrite keys or distractors");
        }
        return bank.Problems.Count == 0 && s.LengthIsNoCue ? 0 : 1;
    }
}
