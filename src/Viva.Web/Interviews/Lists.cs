namespace Viva.Web.Interviews;

/// <summary>The stored forms of the id lists kept in one column: question ids by line, user ids by comma.</summary>
internal static class Lists
{
    public static IReadOnlyList<string> Lines(string stored) => stored.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static string Lines(IEnumerable<string> ids) => string.Join('\n', ids);

    public static IReadOnlyList<string> Commas(string stored) => stored.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static string Commas(IEnumerable<string> ids) => string.Join(',', ids);
}
