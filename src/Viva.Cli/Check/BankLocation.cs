namespace Viva.Cli.Check;

/// <summary>Where the bundled bank is: the checkout's content/python when run from one, else the copy shipped with the tool.</summary>
internal static class BankLocation
{
    public static string[] OrDefault(string[]? paths)
    {
        if (paths is { Length: > 0 })
            return paths;
        var checkout = Path.Combine(Environment.CurrentDirectory, "content", "python");
        return File.Exists(Path.Combine(checkout, "bank.yml")) ? [checkout] : [Path.Combine(AppContext.BaseDirectory, "content", "python")];
    }
}
