using System.CommandLine;

namespace Viva.Cli.Shared;

/// <summary>Options several commands share, so they read and behave the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> Database() =>
        new("--db") { HelpName = "connection", Description = "SQLite file or connection string, or a PostgreSQL connection string (default: $XDG_DATA_HOME/viva/viva.db; env VIVA_DB)." };

    public static Option<string[]> Bank() =>
        new("--bank") { HelpName = "dir", Description = "Use this bank directory instead of the bundled bank (repeatable).", AllowMultipleArgumentsPerToken = false };

    public static Option<string?> Nats(string description) =>
        new("--nats") { HelpName = "url", Description = description + " (default: $VIVA_NATS).", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("VIVA_NATS") };

    /// <summary>Null when none was given; false when what was given is not a nats:// URL.</summary>
    public static bool TryNatsUrl(string? text, out Uri? url)
    {
        url = null;
        if (string.IsNullOrEmpty(text))
            return true;
        return Uri.TryCreate(text, UriKind.Absolute, out url) && url.Scheme is "nats" or "tls" && url.Host.Length > 0;
    }
}
