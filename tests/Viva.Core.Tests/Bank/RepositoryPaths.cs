namespace Viva.Core.Tests.Bank;

/// <summary>Finds the checkout the tests run from, so they can read the bundled bank.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string BundledBank => Path.Combine(Root, "content", "python");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Viva.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Viva.slnx not found above " + AppContext.BaseDirectory);
    }
}
