namespace Viva.Cli.Tests.Interchange;

/// <summary><c>viva import</c> of GIFT after it shares its file writing with Anki: still written, reported and never overwritten.</summary>
public sealed class GiftCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-gift-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_gift_export_imports_back_and_a_txt_without_anki_headers_is_read_as_gift()
    {
        Assert.Equal(0, (await VivaProcess.RunAsync(_dir, "export", "--format", "gift", "--topic", "gil", "gil.txt")).ExitCode);

        var import = await VivaProcess.RunAsync(_dir, "import", "gil.txt", "--into", "bank");

        Assert.Equal(0, import.ExitCode);
        Assert.Matches(@"\d+ GIFT questions: \d+ imported, \d+ converted with loss, \d+ skipped; 1 question files written to bank", import.Stdout);
        Assert.True(File.Exists(Path.Combine(_dir, "bank", "concurrency", "gil.md")));
        var again = await VivaProcess.RunAsync(_dir, "import", "gil.txt", "--into", "bank");
        Assert.Contains("; 0 question files written", again.Stdout, StringComparison.Ordinal);
    }
}
