namespace Viva.Sandbox.Tests;

[Collection(SandboxCollection.Name)]
public sealed class SmokeTests(SandboxFixture sandbox)
{
    [Fact]
    public async Task Print_is_ok_and_captured()
    {
        var r = await sandbox.Runner.RunAsync(new RunRequest { Code = "print('hi')" });
        Assert.Equal(RunStatus.Ok, r.Status);
        Assert.Equal("hi\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }
}
