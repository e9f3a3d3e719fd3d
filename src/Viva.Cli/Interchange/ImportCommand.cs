using System.CommandLine;
using Viva.Cli.Check;
using Viva.Cli.Shared;
using Viva.Core.Interchange;

namespace Viva.Cli.Interchange;

/// <summary>
/// <c>viva import FILE [--into DIR] [--history]</c>: turns a GIFT file, a Moodle XML file (.xml), an Anki package (.apkg)
/// or Anki text (.tsv, or .txt starting with <c>#</c> headers or of tab-separated lines) into bank question files, and reports
/// per item what arrived, what was lost and what was skipped. An Exercism results.json (.json) is read and each test reported;
/// a test run holds no question, so nothing is written. A file that does not read writes nothing; an existing question file is
/// never overwritten. With <c>--history</c>, a package's reviews go into the review log too.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A GIFT file (.gift or .txt), a Moodle XML file (.xml), an Anki package (.apkg), Anki text (.tsv, or .txt with # headers or tab-separated lines) or an Exercism results.json (.json: read and reported, nothing to write)." };
        var into = new Option<string?>("--into") { HelpName = "dir", Description = "Bank directory to write into (default: the bundled bank). A bank.yml is written when it has none." };
        var history = new Option<bool>("--history") { Description = "With an .apkg: add its review history to your review log (source \"anki\") and recompute the cards' schedules." };
        var db = CommonOptions.Database();
        var command = new Command("import", "Import questions from a Moodle GIFT or Moodle XML file or an Anki deck into a bank.") { file, into, history, db };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
                return CliError.Fail($"{path}: no such file");
            var isPackage = InterchangeFile.IsPackage(path);
            if (parse.GetValue(history) && !isPackage)
                return CliError.Fail("--history needs an .apkg (only a package carries review history)", 2);
            var read = InterchangeFile.Read(path, isPackage ? [] : await File.ReadAllBytesAsync(path, ct));
            if (read.Problem is { } problem)
                return CliError.Fail($"{problem} (nothing written)");
            var root = parse.GetValue(into) ?? BankLocation.OrDefault(null)[0];
            // The database opens before any file is written, so a database that cannot be used leaves the bank as it was.
            var (database, error) = parse.GetValue(history) ? await UserData.OpenAsync(parse.GetValue(db), ct) : (null, null);
            if (error is not null)
                return CliError.Fail($"{error} (nothing written)");
            await using (database)
            {
                var written = await BankFiles.WriteAsync(root, read.Questions, ct);
                Report(read.Without(written.NotWritten), written, root);
                if (database is not null)
                    Console.WriteLine(await AnkiHistory.ImportAsync(database, read.Anki!.Reviews, read.AnkiImport!.QuestionOfNote, written.Hashes, ct));
            }
            return 0;
        });
        return command;
    }

    private static void Report(InterchangeRead arrived, BankFiles.Result files, string root)
    {
        foreach (var outcome in arrived.Outcomes)
            Console.WriteLine(outcome);
        foreach (var note in files.Notes)
            Console.WriteLine(note);
        int Count(ItemStatus status) => arrived.Counted.Count(o => o.Status == status);
        Console.WriteLine($"{arrived.Counted.Count} {arrived.Unit}: {Count(ItemStatus.Imported)} imported, {Count(ItemStatus.ConvertedWithLoss)} converted with loss, "
            + $"{Count(ItemStatus.Skipped)} skipped; {files.Written} question files written to {root}");
    }
}
