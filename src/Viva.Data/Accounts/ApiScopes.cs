namespace Viva.Data.Accounts;

/// <summary>What an API token may do: <see cref="Read"/> is every GET of /api, <see cref="Write"/> every POST, PUT, PATCH and DELETE.</summary>
public static class ApiScopes
{
    public const string Read = "read";
    public const string Write = "write";

    public static IReadOnlyList<string> All { get; } = [Read, Write];

    /// <summary>The scope a request with this HTTP method needs.</summary>
    public static string For(string method) =>
        string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase) || string.Equals(method, "HEAD", StringComparison.OrdinalIgnoreCase) ? Read : Write;
}
