using System.CommandLine;

namespace Viva.Cli.Fsrs;

/// <summary><c>viva fsrs replay FILE</c>: replays one card's review history through the FSRS-6 scheduler.</summary>
internal static class FsrsCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A replay file (JSON), or - to read it from standard input." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per review instead of a table." };
        var replay = new Command("replay", "Show a card's FSRS state after each review of its history, and when it is next due.") { file, json };
        replay.SetAction((parse, ct) =>
        {
            var config = parse.InvocationConfiguration;
            return Task.FromResult(Replay(parse.GetValue(file)!, parse.GetValue(json), Console.In, config.Output, config.Error));
        });
        return new Command("fsrs", "Inspect FSRS-6 scheduling.") { replay };
    }

    /// <summary>Runs a replay; 0 on success, 1 with one line on <paramref name="error"/> when the input is invalid.</summary>
    internal static int Replay(string path, bool json, TextReader stdin, TextWriter output, TextWriter error)
    {
        var name = path == "-" ? "stdin" : path;
        string text;
        try
        {
            text = path == "-" ? stdin.ReadToEnd() : File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            error.WriteLine($"{name}: file not found");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{name}: cannot read: {e.Message}");
            return 1;
        }
        var (file, problem) = ReplayFile.Parse(text);
        if (file is null)
        {
            error.WriteLine($"{name}: {problem}");
            return 1;
        }
        var steps = ReplayStep.Replay(file);
        if (json)
        {
            ReplayOutput.WriteJson(steps, output);
        }
        else
        {
            ReplayOutput.WriteTable(steps, output);
        }
        return 0;
    }
}
