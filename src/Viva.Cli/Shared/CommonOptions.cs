using System.CommandLine;

namespace Viva.Cli.Shared;

/// <summary>Options several commands share, so they read and behave the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> Database() =>
        new("--db") { HelpName = "connection", Description = "SQLite file or connection string, or a PostgreSQL connection string (default: $XDG_DATA_HOME/viva/viva.db; env VIVA_DB)." };

    public static Option<string[]> Bank() =>
        new("--bank") { HelpName = "dir", Description = "Use this bank directory instead of the bundled bank (repeatable).", AllowMultipleArgumentsPerToken = false };
}
