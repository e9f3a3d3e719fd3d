using System.Diagnostics;

namespace Viva.Cli.Tests.Interchange;

/// <summary>
/// Held-out files written by other tools, from public repositories: fetched from the npm registry at test time (the
/// project's build already needs it), never copied into this repository. Each is imported with every item reported,
/// and nothing crashes.
/// </summary>
public sealed class PublicFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-public-").FullName;

    [Fact]
    public async Task An_anki_package_written_by_anki_apkg_export_imports_with_every_note_reported()
    {
        // The package's own test fixture: a deck of three basic notes, one with an image, made by its writer.
        var apkg = await FetchFromNpmAsync("anki-apkg-export", "4.0.3", "package/test/fixtures/output.apkg");

        var run = await VivaProcess.RunAsync(_dir, "import", apkg, "--into", "bank");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3 Anki notes: 0 imported, 3 converted with loss, 0 skipped; 3 question files written", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("lost 1 image(s) or sound(s) on the front", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(_dir, "bank"), "*.md", SearchOption.AllDirectories).Length);
    }

    private async Task<string> FetchFromNpmAsync(string package, string version, string entry)
    {
        await RunAsync("npm", "pack", $"{package}@{version}", "--pack-destination", _dir, "--silent");
        await RunAsync("tar", "xzf", Path.Combine(_dir, $"{package}-{version}.tgz"), "-C", _dir, entry);
        return Path.Combine(_dir, entry);
    }

    private async Task RunAsync(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _dir })!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} failed: {await stderr}");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
