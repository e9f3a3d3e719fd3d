// viva: the command-line face of Viva. One line per verb; each verb lives in its own feature folder.
using System.CommandLine;
using Viva.Cli.Check;
using Viva.Cli.Database;
using Viva.Cli.Fsrs;
using Viva.Cli.Practice;
using Viva.Cli.Serve;
using Viva.Cli.Run;
using Viva.Cli.Stats;

var root = new RootCommand("Viva: interview preparation and skill assessment for experienced Python developers.")
{
    CheckCommand.Create(),
    FormatCommand.Create(),
    PracticeCommand.Create(),
    StatsCommand.Create(),
    DbCommand.Create(),
    FsrsCommand.Create(),
    ServeCommand.Create(),
    RunCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
