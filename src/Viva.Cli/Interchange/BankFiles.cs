using System.Text;
using Viva.Core.Bank;
using Viva.Core.Interchange;

namespace Viva.Cli.Interchange;

/// <summary>
/// Writes imported questions as bank files, whichever format they came from: one file per question under its
/// area, never over an existing file, a bank.yml when the directory has none, and what the validator still
/// wants as "to finish" notes. Each file is written beside its place and moved in, so none is left half-written.
/// </summary>
internal static class BankFiles
{
    /// <summary>
    /// What was written, the notes to print, the questions not written (by source path, with why: their items did not arrive),
    /// and the content hash of each question now in the bank (written or already there).
    /// </summary>
    public sealed record Result(int Written, IReadOnlyList<string> Notes, IReadOnlyDictionary<string, string> NotWritten, IReadOnlyDictionary<string, string> Hashes);

    public static async Task<Result> WriteAsync(string root, IReadOnlyList<Question> questions, CancellationToken ct)
    {
        Directory.CreateDirectory(root);
        var taxonomyPath = Path.Combine(root, Taxonomy.FileName);
        var writeTaxonomy = !File.Exists(taxonomyPath);
        var taxonomy = writeTaxonomy ? TaxonomyOf(questions) : Taxonomy.Load(taxonomyPath).Taxonomy;

        var notes = new List<string>();
        var notWritten = new Dictionary<string, string>();
        var hashes = new Dictionary<string, string>();
        var outputs = new List<(string Path, string Text)>();
        foreach (var q in questions)
        {
            var relative = Path.Combine(q.Area, q.Id + ".md");
            var target = Path.Combine(root, relative);
            if (File.Exists(target))
            {
                notWritten[q.SourcePath] = "the file exists (import into another directory, or remove it first)";
                if (QuestionParser.Parse(target, await File.ReadAllBytesAsync(target, ct)).Question is { } existing && existing.Id == q.Id)
                    hashes[q.Id] = existing.ContentHash;
                continue;
            }
            var file = QuestionFile.Of(q, target);
            if (file.ReadBack is not { } written)
            {
                notWritten[q.SourcePath] = file.Unreadable;
                continue;
            }
            notes.AddRange(QuestionValidator.Validate(written, taxonomy, relative).Select(p => $"to finish: {p}"));
            outputs.Add((target, file.Text));
            hashes[q.Id] = written.ContentHash;
        }
        if (writeTaxonomy && outputs.Count > 0)
            await File.WriteAllTextAsync(taxonomyPath, TaxonomyYaml(taxonomy!), ct);
        foreach (var (target, text) in outputs)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllTextAsync(target + ".tmp", text, ct);
            File.Move(target + ".tmp", target, overwrite: false);
        }
        return new Result(outputs.Count, notes, notWritten, hashes);
    }

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
