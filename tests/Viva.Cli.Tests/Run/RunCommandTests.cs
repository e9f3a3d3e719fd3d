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
    public async Task A_json_py_in_the_working_directory_does_not_break_finding_python()
    {
        // Found by a user solving the json exercise: their json.py shadowed the module viva's own probe of the
        // interpreter imports, and every command died with a .NET JSON error before running anything.
        await File.WriteAllTextAsync(Path.Combine(_dir, "json.py"), "raise ImportError('the learner's json.py')");

        var result = await RunJsonAsync("print('hello')");

        Assert.Equal("ok", result.GetProperty("status").GetString());
        Assert.Equal("hello\n", result.GetProperty("stdout").GetString());
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
    public async Task A_missing_file_is_a_usage_error_with_one_line()
    {
        var output = await VivaProcess.RunAsync(_dir, "run", Path.Combine(_dir, "nope.py"));

        Assert.Equal(2, output.ExitCode);
        Assert.Single(output.Stderr.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("print('hello')", 0)]
    [InlineData("raise ValueError('an ordinary error')", 1)]
    [InlineData("raise SystemExit(3)", 3)]
    [InlineData("import os, signal\nos.kill(os.getpid(), signal.SIGABRT)", 128 + 6)]
    [InlineData("while True:\n    pass", 124)]
    [InlineData("blob = bytearray(1024 * 1024 * 1024)", 137)]
    public async Task The_exit_status_is_the_programs_own_or_says_which_limit_stopped_it(string code, int exitCode)
    {
        var file = Path.Combine(_dir, "program.py");
        await File.WriteAllTextAsync(file, code);

        var plain = await VivaProcess.RunAsync(_dir, "run", "--timeout", "2", file);
        var json = await VivaProcess.RunAsync(_dir, "run", "--json", "--timeout", "2", file);

        Assert.Equal(exitCode, plain.ExitCode);
        Assert.Equal(exitCode, json.ExitCode);
    }

    [Fact]
    public async Task A_time_out_says_so_in_one_line_and_exits_124()
    {
        var file = Path.Combine(_dir, "spin.py");
        await File.WriteAllTextAsync(file, "while True:\n    pass");

        var output = await VivaProcess.RunAsync(_dir, "run", "--timeout", "1", file);

        Assert.Equal(124, output.ExitCode);
        Assert.Matches(@"^viva run: timed out: stopped after \d+\.\d s \(--timeout\)\n$", output.Stderr);
    }

    [Theory]
    [InlineData("run", "--timeout", "0", "program.py")]
    [InlineData("run", "--python", "1.0", "program.py")]
    [InlineData("run", "--timeout", "soon", "program.py")]
    [InlineData("run")]
    public async Task A_usage_error_exits_2(params string[] args)
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "program.py"), "print('never runs')");

        var output = await VivaProcess.RunAsync(_dir, args);

        Assert.Equal(2, output.ExitCode);
        Assert.DoesNotContain("never runs", output.Stdout, StringComparison.Ordinal);
        Assert.NotEqual("", output.Stderr.Trim());
    }

    [Fact]
    public async Task Help_documents_the_exit_statuses()
    {
        var output = await VivaProcess.RunAsync(_dir, "run", "--help");

        Assert.Equal(0, output.ExitCode);
        foreach (var code in new[] { "124", "137", "125", "  2 " })
            Assert.Contains(code, output.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_traceback_names_the_file_as_typed_for_the_programs_frames_only()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "src"));
        await File.WriteAllTextAsync(Path.Combine(_dir, "src", "boom.py"), "import json\n\ndef parse():\n    return json.loads('{')\n\nparse()\n");

        var plain = await VivaProcess.RunAsync(_dir, "run", "src/boom.py");
        var json = await VivaProcess.RunAsync(_dir, "run", "--json", "src/boom.py");
        var stderr = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("stderr").GetString()!;

        Assert.Equal(1, plain.ExitCode);
        foreach (var text in new[] { plain.Stderr, stderr })
        {
            Assert.Contains("File \"src/boom.py\", line 6, in <module>", text, StringComparison.Ordinal);
            Assert.Contains("File \"src/boom.py\", line 4, in parse", text, StringComparison.Ordinal);
            Assert.DoesNotContain("main.py", text, StringComparison.Ordinal);
            // The standard library's frames keep their own paths.
            Assert.Matches(@"File ""[^""]*/json/(__init__|decoder)\.py"", line \d+", text);
        }
    }

    [Fact]
    public async Task A_syntax_error_names_the_file_as_typed_on_an_old_python_too()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "bad.py"), "print('unclosed'\n");

        var output = await VivaProcess.RunAsync(_dir, "run", "--python", "3.8", "bad.py");

        Assert.Equal(1, output.ExitCode);
        Assert.Contains("File \"bad.py\", line ", output.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("main.py", output.Stderr, StringComparison.Ordinal);
    }
}
