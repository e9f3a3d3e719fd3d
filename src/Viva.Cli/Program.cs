// viva: the command-line face of Viva. One line per verb; each verb lives in its own feature folder.
using System.CommandLine;
using Viva.Cli.Check;
using Viva.Cli.Database;
using Viva.Cli.Fsrs;
using Viva.Cli.Interchange;
using Viva.Cli.Practice;
using Viva.Cli.Serve;
using Viva.Cli.Run;
using Viva.Cli.Stats;
using Viva.Cli.Users;
using Viva.Cli.Worker;

var root = new RootCommand("Viva: interview preparation and skill assessment for experienced Python developers.")
{
    CheckCommand.Create(),
    FormatCommand.Create(),
    PracticeCommand.Create(),
    StatsCommand.Create(),
    DbCommand.Create(),
    FsrsCommand.Create(),
    ServeCommand.Create(),
    WorkerCommand.Create(),
    RunCommand.Create(),
    UserCommand.Create(),
    ImportCommand.Create(),
    ExportCommand.Create(),
};
var parsed = root.Parse(args);
var status = await parsed.InvokeAsync();
// A command line that does not parse is a usage error: 2, as getopt tools and argparse say it, so a
// script can tell it from a command that ran and failed.
return parsed.Errors.Count > 0 ? 2 : status;
