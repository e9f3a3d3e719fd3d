using Viva.Core.Bank;

namespace Viva.Bench;

/// <summary>A bank of N question files made from the bundled bank's files with fresh ids, in a temp directory.</summary>
internal sealed class GeneratedBank : IDisposable
{
    public GeneratedBank(int count)
    {
        Root = Directory.CreateTempSubdirectory("viva-bench-bank-").FullName;
        var bundled = BundledBankPath();
        File.Copy(Path.Combine(bundled, Taxonomy.FileName), Path.Combine(Root, Taxonomy.FileName));
        var sources = Directory.EnumerateFiles(bundled, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < count; i++)
        {
            var source = sources[i % sources.Count];
            var id = Path.GetFileNameWithoutExtension(source);
            var area = Path.GetFileName(Path.GetDirectoryName(source)!);
            var newId = $"{id}-{i}";
            var text = File.ReadAllText(source).Replace($"id: {id}\n", $"id: {newId}\n", StringComparison.Ordinal);
            Directory.CreateDirectory(Path.Combine(Root, area));
            File.WriteAllText(Path.Combine(Root, area, newId + ".md"), text);
        }
    }

    public string Root { get; }

    public static string BundledBankPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content", "python");
            if (File.Exists(Path.Combine(candidate, Taxonomy.FileName)))
                return candidate;
        }
        throw new InvalidOperationException("content/python not found above " + AppContext.BaseDirectory);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
