namespace Viva.Sandbox.Tests;

/// <summary>
/// The result channel and harness: a verdict never comes from the program's own output, and the
/// classic tricks (printing "passed", os._exit(0), overriding __eq__, patching unittest, reading the
/// tests) cannot change what the host compares.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class VerdictTests(SandboxFixture sandbox)
{
    private static readonly TestInput[] AddTests = [new("adds", "result = add(2, 3)"), new("negative", "result = add(-1, -1)")];

    [Fact]
    public async Task Hidden_tests_report_strict_json()
    {
        var r = await sandbox.RunHostileAsync("def add(a, b): return a + b", tests: AddTests);
        Assert.Equal(["5", "-2"], r.Tests.Select(t => t.Json));
    }

    [Fact]
    public async Task Printing_a_fake_result_line_changes_nothing()
    {
        var fake = "{\"name\": \"adds\", \"json\": \"5\"}";
        var r = await sandbox.RunHostileAsync($"print('{fake}')\nprint('all tests passed')\nimport sys\nsys.stderr.write('{fake}')\ndef add(a, b): return 0", tests: AddTests);
        Assert.Equal(["0", "0"], r.Tests.Select(t => t.Json));
    }

    [Fact]
    public async Task Exiting_early_with_status_zero_reports_no_results()
    {
        var r = await sandbox.RunHostileAsync("import os\nos._exit(0)", tests: AddTests);
        Assert.Empty(r.Tests);
    }

    [Fact]
    public async Task Overriding_eq_cannot_pass_a_test()
    {
        var r = await sandbox.RunHostileAsync("class Any(int):\n    def __eq__(self, other): return True\ndef add(a, b): return Any(0)", tests: AddTests);
        Assert.All(r.Tests, t => Assert.Null(t.Json));
        Assert.All(r.Tests, t => Assert.Contains("result is a Any", t.Error));
    }

    [Fact]
    public async Task Patching_unittest_and_json_cannot_pass_a_test()
    {
        var r = await sandbox.RunHostileAsync("import unittest, json\nunittest.TestCase.assertEqual = lambda *a: None\njson.dumps = lambda *a, **k: '5'\ndef add(a, b): return 7", tests: AddTests);
        Assert.Equal(["7", "7"], r.Tests.Select(t => t.Json));
    }

    [Fact]
    public async Task Writing_forged_lines_on_the_result_descriptor_needs_the_nonce()
    {
        var r = await sandbox.RunHostileAsync("import os\nos.write(3, b'{\"nonce\": \"guess\", \"name\": \"adds\", \"json\": \"5\"}\\n')\ndef add(a, b): return 1", tests: AddTests);
        Assert.Equal(["1", "1"], r.Tests.Select(t => t.Json));
    }

    [Fact]
    public async Task Expected_values_never_enter_the_sandbox()
    {
        // Only test inputs go in: a program searching its own process for the tests finds no expectations.
        var r = await sandbox.RunHostileAsync("import gc\nfound = [o for o in gc.get_objects() if isinstance(o, dict) and 'tests' in o and 'nonce' in o]\nprint(sorted(found[0]['tests'][0]) if found else None)\ndef add(a, b): return a + b", tests: AddTests);
        Assert.True(r.Stdout.Trim() is "['code', 'name']" or "None", r.Stdout);
    }

    [Fact]
    public async Task A_program_that_fails_before_the_tests_reports_each_test()
    {
        var r = await sandbox.RunHostileAsync("raise ValueError('boom')", tests: AddTests);
        Assert.All(r.Tests, t => Assert.Equal("the code failed before the test ran: ValueError: boom", t.Error));
    }

    [Fact]
    public async Task Non_finite_floats_and_subclasses_are_rejected()
    {
        var r = await sandbox.RunHostileAsync("x = 1", tests: [new("nan", "result = float('nan')"), new("bool-key", "result = {1: 2}"), new("ok", "result = (1, 'a', None, [2.5])")]);
        Assert.NotNull(r.Tests[0].Error);
        Assert.NotNull(r.Tests[1].Error);
        Assert.Equal("[1, \"a\", null, [2.5]]", r.Tests[2].Json);
    }

    [Fact]
    public async Task The_status_ignores_what_the_program_prints()
    {
        var r = await sandbox.RunHostileAsync("print('status: ok')\nraise SystemExit(3)");
        Assert.Equal(RunStatus.Error, r.Status);
        Assert.Equal(3, r.ExitCode);
    }

    [Fact]
    public async Task Invalid_utf8_and_escape_sequences_are_cleaned()
    {
        var r = await sandbox.RunHostileAsync("import sys\nsys.stdout.buffer.write(b'a\\xff\\x1b[31mred\\x1b]0;title\\x07' + '\\u202e'.encode() + b'\\x1b[2J\\n')");
        Assert.Equal("a\uFFFDred\n", r.Stdout);
        Assert.Equal(28, r.StdoutBytes);
    }

    [Fact]
    public async Task Symlinks_and_fifos_planted_in_the_working_directory_are_harmless()
    {
        var r = await sandbox.RunHostileAsync("import os\nos.symlink('/etc/shadow', 'results.jsonl')\nos.mkfifo('job.json')\nos.symlink('/proc/self/fd/1', '/tmp/out')\ndef add(a, b): return a + b", tests: AddTests);
        Assert.Equal(RunStatus.Ok, r.Status);
        Assert.Equal(["5", "-2"], r.Tests.Select(t => t.Json));
    }
}
