using System.CommandLine;
using System.Text;
using Viva.Cli.Check;
using Viva.Cli.Shared;
using Viva.Core.Bank;
using Viva.Core.Interchange;
using Viva.Core.Interchange.Gift;
using Viva.Core.Interchange.Moodle;

namespace Viva.Cli.Interchange;

/// <summary>
/// <c>viva import FILE.gift|FILE.xml [--into DIR]</c>: turns a GIFT or Moodle XML file into bank question files, one per
/// category, and reports per item what arrived, what was lost and what was skipped. A file that does
/// not parse writes nothing; an existing question file is never overwritten.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A GIFT file (.gift or .txt) or a Moodle XML file (.xml)." };
        var into = new Option<string?>("--into") { HelpName = "dir", Description = "Bank directory to write into (default: the bundled bank). A bank.yml is written when it has none." };
        var command = new Command("import", "Import questions from a Moodle GIFT or Moodle XML file into a bank.") { file, into };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
                return CliError.Fail($"{path}: no such file");
            var bytes = await File.ReadAllBytesAsync(path, ct);
            GiftImport import;
            if (path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                var xml = MoodleXmlParser.Parse(path, bytes);
                if (xml.Error is { } error)
                    return CliError.Fail($"{error} (nothing written)");
                import = MoodleXmlImporter.Import(xml.Questions!, path);
            }
            else
            {
                var parsed = GiftParser.Parse(path, bytes);
                if (parsed.Problem is { } problem)
                    return CliError.Fail($"{problem} (nothing written)");
                import = GiftImporter.Import(parsed.Document!, path);
            }
            var root = parse.GetValue(into) ?? BankLocation.OrDefault(null)[0];
            Directory.CreateDirectory(root);

            var taxonomyPath = Path.Combine(root, Taxonomy.FileName);
            var writeTaxonomy = !File.Exists(taxonomyPath);
            var taxonomy = writeTaxonomy ? TaxonomyOf(import.Questions) : Taxonomy.Load(taxonomyPath).Taxonomy;

            var written = 0;
            var notes = new List<string>();
            var outputs = new List<(string Path, string Text)>();
            foreach (var q in import.Questions)
            {
                var relative = Path.Combine(q.Area, q.Id + ".md");
                var target = Path.Combine(root, relative);
                if (File.Exists(target))
                {
                    notes.Add($"not written {target}: the file exists (import into another directory, or remove it first)");
                    continue;
                }
                var text = QuestionWriter.Write(q);
                var reread = QuestionParser.Parse(target, Encoding.UTF8.GetBytes(text));
                if (reread.Question is null)
                {
                    notes.AddRange(reread.Problems.Select(p => $"not written: {p}"));
                    continue;
                }
                notes.AddRange(QuestionValidator.Validate(reread.Question, taxonomy, relative).Select(p => $"to finish: {p}"));
                outputs.Add((target, text));
            }
            if (writeTaxonomy && outputs.Count > 0)
                await File.WriteAllTextAsync(taxonomyPath, TaxonomyYaml(taxonomy!), ct);
            foreach (var (target, text) in outputs)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllTextAsync(target + ".tmp", text, ct);
                File.Move(target + ".tmp", target, overwrite: false);
                File.Delete(target + ".tmp");
                written++;
            }

            foreach (var outcome in import.Outcomes)
                Console.WriteLine(outcome);
            foreach (var note in notes)
                Console.WriteLine(note);
            Console.WriteLine($"{import.Outcomes.Count(o => o.Line > 0)} questions in the file: {Count(import, ItemStatus.Imported)} imported, "
                + $"{Count(import, ItemStatus.ConvertedWithLoss)} converted with loss, {Count(import, ItemStatus.Skipped)} skipped; {written} question files written to {root}");
            return 0;
        });
        return command;
    }

    private static int Count(GiftImport import, ItemStatus status) => import.Outcomes.Count(o => o.Line > 0 && o.Status == status);

    private static Taxonomy TaxonomyOf(IReadOnlyList<Question> questions) =>
        new("Imported", questions.GroupBy(q => q.Area).Select(a => new Area(a.Key, a.Key,
            a.Select(q => q.Topic).Distinct().Select(t => new Topic(t, t)).ToList())).ToList());

    private static string TaxonomyYaml(Taxonomy taxonomy)
    {
        var w = new StringBuilder("# Written by `viva import`: give the areas and topics real titles.\nname: Imported\nareas:\n");
        foreach (var area in taxonomy.Areas)
        {
            w.Append("  ").Append(area.Id).Append(":\n    title: ").Append(area.Title).Append("\n    topics:\n");
            foreach (var topic in area.Topics)
                w.Append("      ").Append(topic.Id).Append(": ").Append(topic.Title).Append('\n');
        }
        return w.ToString();
    }
}
