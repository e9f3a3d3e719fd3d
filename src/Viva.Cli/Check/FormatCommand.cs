using System.CommandLine;
using Viva.Cli.Shared;
using Viva.Core.Bank;

namespace Viva.Cli.Check;

/// <summary><c>viva fmt [PATH...]</c>: rewrites question files in the canonical form that <c>viva check</c> expects.</summary>
internal static class FormatCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Arity = ArgumentArity.ZeroOrMore, Description = "Bank directories or question files. Default: the bundled bank." };
        var command = new Command("fmt", "Rewrite question files in the bank's canonical form.") { paths };
        command.SetAction(async (parse, ct) =>
        {
            var files = BankLocation.OrDefault(parse.GetValue(paths))
                .SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*.md", SearchOption.AllDirectories) : [p])
                .Order(StringComparer.Ordinal).ToList();
            var failed = 0;
            var changed = 0;
            foreach (var file in files)
            {
                if (!File.Exists(file))
                    return CliError.Fail($"{file}: no such file");
                var bytes = await File.ReadAllBytesAsync(file, ct);
                var result = QuestionParser.Parse(file, bytes);
                if (result.Question is null)
                {
                    foreach (var p in result.Problems)
                        Console.WriteLine(p);
                    failed++;
                    continue;
                }
                var written = QuestionWriter.Write(result.Question);
                if (written != System.Text.Encoding.UTF8.GetString(bytes))
                {
                    // Write beside the file and rename, so a crash never leaves half a question.
                    var temp = file + ".tmp";
                    await File.WriteAllTextAsync(temp, written, ct);
                    File.Move(temp, file, overwrite: true);
                    Console.WriteLine($"formatted {file}");
                    changed++;
                }
            }
            Console.WriteLine($"{files.Count} files, {changed} rewritten, {failed} could not be parsed");
            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}
