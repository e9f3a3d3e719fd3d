using System.Diagnostics;
using System.Text.Json;

namespace Viva.Cli.Tests.Run;

/// <summary>`viva run --json` classifies what a program did; the verdict never comes from its output.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-run-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<JsonElement> RunJsonAsync(string code, params string[] extra)
    {
        var file = Path.Combine(_dir, "program.py");
        await File.WriteAllTextAsync(file, code);
        var output = await VivaProcess.RunAsync(_dir, ["run", "--json", "--timeout", "2", .. extra, file]);
        using var json = JsonDocument.Parse(output.Stdout);
        return json.RootElement.Clone();
    }

    [Theory]
    [InlineData("print('hello')", "ok")]
    [InlineData("raise SystemExit('failed on purpose')", "error")]
    [InlineData("while True:\n    pass", "timeout")]
    [InlineData("blob = bytearray(1024 * 1024 * 1024)", "memory")]
    [InlineData("while True:\n    print('x' * 1000)", "output-limit")]
    public async Task Json_status_says_how_the_program_ended(string code, string status)
    {
        var result = await RunJsonAsync(code);

        Assert.Equal(status, result.GetProperty("status").GetString());
        foreach (var field in new[] { "exitCode", "stdout", "stderr", "wallMs", "cpuMs" })
            Assert.True(result.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task Printing_a_fake_success_does_not_change_the_status()
    {
        var result = await RunJsonAsync("print('{\"status\": \"ok\", \"exitCode\": 0}')\nraise RuntimeError('real failure')");

        Assert.Equal("error", result.GetProperty("status").GetString());
        Assert.Equal(1, result.GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public async Task Stdin_comes_from_the_given_file_and_output_is_plain_text_without_json()
    {
        var input = Path.Combine(_dir, "input.txt");
        await File.WriteAllTextAsync(input, "21\n");
        var file = Path.Combine(_dir, "double.py");
        await File.WriteAllTextAsync(file, "print(int(input()) * 2)");

        var output = await VivaProcess.RunAsync(_dir, "run", "--stdin", input, file);

        Assert.Equal(0, output.ExitCode);
        Assert.Equal("42\n", output.Stdout);
    }

    [Fact]
    public async Task Json_on_a_terminal_is_pure_json()
    {
        var file = Path.Combine(_dir, "program.py");
        await File.WriteAllTextAsync(file, "print('hello')");
        var viva = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "viva.dll"), "run", "--json", file }.Select(a => $"'{a}'"));
        // script(1) gives viva a pseudo-terminal for stdin, stdout and stderr, as an interactive shell would.
        var psi = new ProcessStartInfo("script", ["--quiet", "--return", "--command", viva, "/dev/null"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            WorkingDirectory = _dir,
        };
        psi.Environment["TERM"] = "xterm"; // a terminal whose terminfo has a keypad-transmit sequence
        using var process = Process.Start(psi)!;
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        var text = output.Replace("\r\n", "\n", StringComparison.Ordinal); // the terminal's own line endings
        Assert.StartsWith("{", text);
        using var json = JsonDocument.Parse(text);
        Assert.Equal("hello\n", json.RootElement.GetProperty("stdout").GetString());
    }

    [Fact]
    public async Task A_missing_file_fails_with_one_line()
    {
        var output = await VivaProcess.RunAsync(_dir, "run", Path.Combine(_dir, "nope.py"));

        Assert.NotEqual(0, output.ExitCode);
        Assert.Single(output.Stderr.Trim().Split('\n'));
    }
}
