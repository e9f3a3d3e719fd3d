using System.CommandLine;
using Viva.Cli.Check;
using Viva.Cli.Shared;
using Viva.Core.Bank;
using Viva.Core.Scheduling;
using Viva.Data.Learners;
using Viva.Data.Reviews;

namespace Viva.Cli.Practice;

/// <summary><c>viva practice</c>: a spaced-repetition session in the terminal.</summary>
internal static class PracticeCommand
{
    public static Command Create()
    {
        var topic = new Option<string?>("--topic") { Description = "Only questions of this topic id (e.g. gil)." };
        var area = new Option<string?>("--area") { Description = "Only questions of this area id (e.g. concurrency)." };
        var level = new Option<string?>("--level") { Description = "Only questions of this level: mid, senior or staff." };
        var newCount = new Option<int>("--new") { HelpName = "n", Description = "How many never-seen questions to add after the due ones.", DefaultValueFactory = _ => 5 };
        var dueOnly = new Option<bool>("--due") { Description = "Only questions that are due; no new ones." };
        var db = CommonOptions.Database();
        var bank = CommonOptions.Bank();
        var command = new Command("practice", "Review due questions and learn new ones: answer, compare with the model answer and rubric, rate 1-4.")
        {
            topic, area, level, newCount, dueOnly, db, bank,
        };
        command.SetAction(async (parse, ct) =>
        {
            var levelText = parse.GetValue(level);
            Level? levelFilter = null;
            if (levelText is not null)
            {
                if (!Enum.TryParse<Level>(levelText, ignoreCase: true, out var parsed))
                    return CliError.Fail($"--level: '{levelText}' is not mid, senior or staff");
                levelFilter = parsed;
            }
            var loaded = QuestionBank.Load(BankLocation.OrDefault(parse.GetValue(bank)));
            var questions = loaded.Questions
                .Where(q => (parse.GetValue(topic) is not { } t || q.Topic == t)
                         && (parse.GetValue(area) is not { } a || q.Area == a)
                         && (levelFilter is null || q.Level == levelFilter))
                .ToList();
            if (questions.Count == 0)
                return CliError.Fail("no question matches these filters");

            var (database, error) = await UserData.OpenAsync(parse.GetValue(db), ct);
            if (database is null)
                return CliError.Fail(error!);
            await using (database)
            {
                var scheduler = new FsrsScheduler(FsrsParameters.Default with { EnableFuzz = true });
                // The learner is the database: choice options come in its order in every session.
                var order = new OptionOrder(await LocalLearner.IdAsync(database, ct));
                var session = new PracticeSession(database, new ReviewLog(database, scheduler), scheduler, order, loaded, new LearnerInput(Console.In), TimeProvider.System);
                return await session.RunAsync(questions, parse.GetValue(dueOnly) ? 0 : Math.Max(0, parse.GetValue(newCount)), ct);
            }
        });
        return command;
    }
}
