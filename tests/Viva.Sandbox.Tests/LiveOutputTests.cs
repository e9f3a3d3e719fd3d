using System.Diagnostics;

namespace Viva.Sandbox.Tests;

/// <summary>A run's standard output reaches the host while the program still runs, and the result still holds all of it.</summary>
[Collection(SandboxCollection.Name)]
public sealed class LiveOutputTests(SandboxFixture sandbox)
{
    [Fact]
    public async Task Output_printed_before_a_pause_arrives_before_the_run_ends()
    {
        var clock = Stopwatch.StartNew();
        var pieces = new List<(string Text, double AtMs)>();
        var r = await sandbox.Runner.RunAsync(new RunRequest
        {
            Code = "import time\nprint('first', flush=True)\ntime.sleep(1.5)\nprint('second')",
            Output = text => { lock (pieces) pieces.Add((text, clock.Elapsed.TotalMilliseconds)); },
        });
        var ended = clock.Elapsed.TotalMilliseconds;

        Assert.Equal((RunStatus.Ok, "first\nsecond\n"), (r.Status, r.Stdout));
        Assert.Equal("first\n", pieces[0].Text);
        Assert.True(ended - pieces[0].AtMs > 1000, $"the first line arrived {ended - pieces[0].AtMs:F0} ms before the end");
        Assert.StartsWith(string.Concat(pieces.Select(p => p.Text)), r.Stdout);
    }

    [Fact]
    public async Task A_character_split_between_two_writes_arrives_whole_and_escapes_are_removed()
    {
        var pieces = new List<string>();
        var r = await sandbox.Runner.RunAsync(new RunRequest
        {
            Code = "import sys, time\nout = sys.stdout.buffer\nout.write(b'caf\\xc3'); out.flush()\ntime.sleep(0.3)\nout.write(b'\\xa9 \\x1b[31mred\\x1b[0m\\n'); out.flush()\ntime.sleep(0.3)",
            Output = text => { lock (pieces) pieces.Add(text); },
        });

        Assert.Equal("café red\n", r.Stdout);
        Assert.True(pieces.Count >= 2, $"expected the two writes in separate pieces, got {pieces.Count}");
        Assert.Equal(r.Stdout, string.Concat(pieces));
    }

    [Fact]
    public async Task A_run_without_a_listener_sends_no_live_output_and_hidden_tests_are_unchanged()
    {
        var r = await sandbox.RunHostileAsync("import time\nfor i in range(3):\n    print(i, flush=True)\n    time.sleep(0.1)",
            tests: [new TestInput("t", "result = 1")]);

        Assert.Equal((RunStatus.Ok, "0\n1\n2\n"), (r.Status, r.Stdout));
        Assert.Equal("1", Assert.Single(r.Tests).Json);
    }
}
