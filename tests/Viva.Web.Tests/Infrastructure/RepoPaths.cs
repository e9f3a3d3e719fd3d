namespace Viva.Web.Tests.Infrastructure;

/// <summary>Paths in the checkout the tests run from: the bundled bank and the client's node_modules (axe-core, Redocly).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Bank => Path.Combine(Root, "content", "python");

    public static string AxeScript => Path.Combine(ClientModules, "axe-core", "axe.min.js");

    /// <summary>Redocly's command line, which lints the OpenAPI document.</summary>
    public static string Redocly => Path.Combine(ClientModules, ".bin", "redocly");

    private static string ClientModules => Path.Combine(Root, "src", "Viva.Web", "client", "node_modules");

    public static string Screenshots => Path.Combine(Root, "artifacts", "screenshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Viva.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("the tests must run from inside the Viva checkout");
    }
}
