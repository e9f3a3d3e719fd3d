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
        var timeout = new Option<double>("--timeout") { HelpName = "seconds", Description = "Seconds each example or exercise may run.", DefaultValueFactory = _ => 10 };
        var command = new Command("check", "Validate question files, then run every example, predict-the-output item and exercise on CPython.")
        {
            paths, json, python, timeout,
        };
        command.SetAction(async (parse, ct) =>
        {
            var version = parse.GetValue(python);
            var interpreter = PythonInterpreter.Find(version);
            if (interpreter is null)
                return CliError.Fail(version is null ? "python3 was not found on PATH" : $"Python {version} was not found (looked on PATH and under pyenv)");
            var bank = QuestionBank.Load(BankLocation.OrDefault(parse.GetValue(paths)));
            var checker = new BankChecker(new PythonRunner(interpreter), TimeSpan.FromSeconds(parse.GetValue(timeout)));
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
                PrintText(report);
            return report.Passed ? 0 : 1;
        });
        return command;
    }

    private static void PrintText(CheckReport report)
    {
        foreach (var problem in report.Problems)
            Console.WriteLine(problem.ToString().Replace("\n", "\n    ", StringComparison.Ordinal));
        foreach (var note in report.Notes)
            Console.WriteLine(note);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{report.Files} files, {report.Questions} questions, {report.Examples} examples, {report.QuizItems} quiz items, {report.Exercises} exercises; {report.Verified} runs verified, {report.Skipped} skipped on Python {report.Python}; {report.Seconds:0.00} s");
        Console.WriteLine(report.Passed ? $"ok: {summary}" : $"FAILED: {report.Problems.Count} problem(s); {summary}");
    }
}
