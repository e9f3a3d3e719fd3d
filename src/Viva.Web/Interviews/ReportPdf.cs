using System.Diagnostics;
using System.Net;

namespace Viva.Web.Interviews;

/// <summary>
/// Prints a report to PDF with headless Chromium (Debian's, or the one <c>VIVA_CHROMIUM</c> names), so
/// the PDF is the same HTML and CSS a browser shows. The page printed is a standalone file of our own
/// escaped HTML under a policy that forbids scripts and any fetch.
/// </summary>
internal static class ReportPdf
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private static readonly string[] Installed = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    /// <summary>Chromium's path, or null when none is installed (the report then offers the browser's own print).</summary>
    public static string? Chromium()
    {
        if (Environment.GetEnvironmentVariable("VIVA_CHROMIUM") is { Length: > 0 } named)
            return File.Exists(named) ? named : null;
        return Installed.FirstOrDefault(File.Exists);
    }

    public static async Task<byte[]> PrintAsync(string chromium, string title, string bodyHtml, CancellationToken cancellationToken)
    {
        var dir = Directory.CreateTempSubdirectory("viva-pdf-");
        try
        {
            var html = Path.Combine(dir.FullName, "report.html");
            var pdf = Path.Combine(dir.FullName, "report.pdf");
            await File.WriteAllTextAsync(html, Document(title, bodyHtml), cancellationToken);
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardError = true, RedirectStandardOutput = true,
                // Chromium's own sandbox cannot start as root (containers, CI); the page has no scripts and no network.
                ArgumentList =
                {
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--no-pdf-header-footer",
                    "--user-data-dir=" + Path.Combine(dir.FullName, "profile"), "--print-to-pdf=" + pdf, new Uri(html).AbsoluteUri,
                },
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Limit);
            var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(timeout.Token), process.StandardError.ReadToEndAsync(timeout.Token));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
                await drain;
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            if (process.ExitCode != 0 || !File.Exists(pdf))
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode} and no PDF.");
            return await File.ReadAllBytesAsync(pdf, cancellationToken);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Document(string title, string bodyHtml) => $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>{{WebUtility.HtmlEncode(title)}}</title>
        <style>
        @page { size: A4; margin: 18mm 16mm; }
        body { font: 11pt/1.45 system-ui, sans-serif; color: #111; }
        h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.4em; } h3 { font-size: 12pt; break-after: avoid; }
        table { border-collapse: collapse; } th, td { border: 1px solid #bbb; padding: 3px 8px; text-align: left; }
        </style></head>
        <body>{{bodyHtml}}</body></html>
        """;
}
