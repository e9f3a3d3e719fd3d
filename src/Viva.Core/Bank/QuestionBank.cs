using System.Collections.Concurrent;

namespace Viva.Core.Bank;

/// <summary>
/// A loaded bank: every question that parsed, the taxonomy it was checked against, and every problem
/// found while loading and validating. Loading never throws on bad content.
/// </summary>
public sealed record QuestionBank(IReadOnlyList<Question> Questions, IReadOnlyList<Taxonomy> Taxonomies, IReadOnlyList<Problem> Problems, int FileCount)
{
    /// <summary>Loads every <c>*.md</c> question file under the given directories (or single files), in parallel.</summary>
    public static QuestionBank Load(IEnumerable<string> roots)
    {
        var problems = new ConcurrentBag<Problem>();
        var files = new List<string>();
        foreach (var root in roots)
        {
            if (File.Exists(root))
                files.Add(Path.GetFullPath(root));
            else if (Directory.Exists(root))
                files.AddRange(Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Select(Path.GetFullPath).Where(f => !IsDocument(f)));
            else
                problems.Add(new Problem(root, 0, "path", "no such file or directory"));
        }
        files = files.Distinct().Order(StringComparer.Ordinal).ToList();

        var taxonomies = new ConcurrentDictionary<string, (Taxonomy? Taxonomy, Problem? Problem)>();
        var parsed = new ConcurrentBag<(Question Question, string Text, Taxonomy? Taxonomy, string? BankRoot)>();
        Parallel.ForEach(files, file =>
        {
            var bytes = File.ReadAllBytes(file);
            var display = DisplayPath(file);
            var result = QuestionParser.Parse(display, bytes);
            foreach (var p in result.Problems)
                problems.Add(p);
            if (result.Question is not { } q)
                return;
            var bankRoot = FindBankRoot(Path.GetDirectoryName(file)!);
            Taxonomy? taxonomy = null;
            if (bankRoot is null)
            {
                problems.Add(new Problem(display, 1, "bank", $"no {Taxonomy.FileName} in this directory or above it, so area and topic cannot be checked"));
            }
            else
            {
                var loaded = taxonomies.GetOrAdd(bankRoot, r => Taxonomy.Load(Path.Combine(r, Taxonomy.FileName)));
                taxonomy = loaded.Taxonomy;
            }
            parsed.Add((q, System.Text.Encoding.UTF8.GetString(bytes), taxonomy, bankRoot));
        });
        foreach (var (_, (_, problem)) in taxonomies)
        {
            if (problem is not null)
                problems.Add(problem with { File = DisplayPath(problem.File) });
        }

        var questions = parsed.OrderBy(p => p.Question.SourcePath, StringComparer.Ordinal).ToList();
        foreach (var (question, text, taxonomy, bankRoot) in questions)
        {
            foreach (var p in QuestionValidator.Validate(question, taxonomy, bankRoot is null ? null : Path.GetRelativePath(bankRoot, ResolvePath(question.SourcePath))))
                problems.Add(p);
            var written = QuestionWriter.Write(question);
            if (written != text.Replace("\r\n", "\n", StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal))
                problems.Add(new Problem(question.SourcePath, FirstDifferentLine(text, written), "format", "file is not in canonical form; `viva fmt` rewrites it"));
        }
        foreach (var group in questions.GroupBy(q => q.Question.Id).Where(g => g.Count() > 1))
        {
            var first = group.First().Question.SourcePath;
            foreach (var (dup, _, _, _) in group.Skip(1))
                problems.Add(new Problem(dup.SourcePath, 2, "id", $"duplicate id '{dup.Id}', also used by {first}"));
        }

        return new QuestionBank(
            questions.Select(q => q.Question).ToList(),
            taxonomies.Values.Select(t => t.Taxonomy).OfType<Taxonomy>().ToList(),
            problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Field, StringComparer.Ordinal).ToList(),
            files.Count);
    }

    /// <summary>
    /// The display name of an area, as bank.yml titles it ("Concurrency &amp; async"); the id itself when
    /// no loaded taxonomy lists it, so a label is never empty. The first taxonomy that lists it wins.
    /// </summary>
    public string AreaTitle(string areaId) => FindArea(areaId)?.Title ?? areaId;

    /// <summary>The display name of a topic within its area ("The GIL"); the id when it is not listed.</summary>
    public string TopicTitle(string areaId, string topicId) =>
        FindArea(areaId)?.Topics.FirstOrDefault(t => t.Id == topicId)?.Title ?? topicId;

    private Area? FindArea(string areaId) => Taxonomies.Select(t => t.FindArea(areaId)).FirstOrDefault(a => a is not null);

    private static bool IsDocument(string file) =>
        Path.GetFileName(file) is "README.md" or "CONTRIBUTING.md";

    private static string? FindBankRoot(string dir)
    {
        for (var d = new DirectoryInfo(dir); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, Taxonomy.FileName)))
                return d.FullName;
        }
        return null;
    }

    /// <summary>Paths relative to the working directory when under it, so messages are short and clickable.</summary>
    internal static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
    }

    private static string ResolvePath(string displayPath) => Path.GetFullPath(displayPath, Environment.CurrentDirectory);

    private static int FirstDifferentLine(string a, string b)
    {
        var la = a.Split('\n');
        var lb = b.Split('\n');
        for (var i = 0; i < Math.Min(la.Length, lb.Length); i++)
        {
            if (la[i] != lb[i])
                return i + 1;
        }
        return Math.Min(la.Length, lb.Length);
    }
}
