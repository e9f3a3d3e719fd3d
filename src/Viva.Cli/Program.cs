// viva: the command-line face of Viva. One line per verb; each verb lives in its own feature folder.
using System.CommandLine;
using Viva.Cli.Check;

var root = new RootCommand("Viva: interview preparation and skill assessment for experienced Python developers.")
{
    CheckCommand.Create(),
    FormatCommand.Create(),
    Viva.Cli.Run.RunCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
